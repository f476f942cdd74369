/// A run of consecutive log lines as a server returned them, oldest first. The text is valid Unicode
/// (invalid UTF-8 already U+FFFD) but otherwise as received: control sequences are still in it, and
/// sanitising is the presenter's job.
public struct LogPage: Hashable, Sendable {
    /// The lines, separated by `\n`.
    public var text: String
    /// The opaque cursor of the oldest line; nil where the server gives none (the v2 preview).
    public var firstLine: String?
    /// The opaque cursor of the newest line.
    public var lastLine: String?
    /// The number of lines the server says it returned (nil when it did not say).
    public var lineCount: Int?
    /// Bytes of the whole log (the v2 preview's `full_size`).
    public var fullSize: Int?
    /// Bytes returned (the v2 preview's `current_size`); below `fullSize` the text is only the log's tail.
    public var currentSize: Int?

    public init(
        text: String, firstLine: String? = nil, lastLine: String? = nil, lineCount: Int? = nil,
        fullSize: Int? = nil, currentSize: Int? = nil
    ) {
        self.text = text
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.lineCount = lineCount
        self.fullSize = fullSize
        self.currentSize = currentSize
    }

    /// True when a preview holds only the newest part of a longer log.
    public var isTruncated: Bool {
        guard let fullSize, let currentSize else { return false }
        return fullSize > currentSize
    }
}
