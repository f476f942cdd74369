/// Which order word reads which way in the emulator's line-paged log APIs (`--log-order`), so a client
/// can be tested against either reading of contract §12 U13.
public enum ServedLogOrder: String, Sendable, CaseIterable {
    /// As documented: v2 `desc` reads lines older than the cursor and `asc` newer ones; v1 `asc`
    /// ("query previous records") older and `desc` ("query next records") newer.
    case documented
    /// Every order word reads the other way.
    case swapped
}

/// Whether a line-paged answer includes the `base_line` cursor's own line (`--log-cursor`).
public enum ServedLogCursor: String, Sendable, CaseIterable {
    /// The cursor's line is left out: a page holds only lines strictly before or after it.
    case exclusive
    /// The cursor's line is the page's line nearest to it.
    case inclusive
}
