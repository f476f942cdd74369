import ModelArts

/// Joins what was already printed from one read of a log (the v2 preview) to a later read of its newest
/// lines (the line-paged API), which overlap: the lines to print are the later read's after the overlap.
enum LogSplice {
    /// The lines of `newest` that `earlier` does not end with: the largest overlap where `earlier`'s last
    /// lines are `newest`'s first wins; no overlap at all gives every line of `newest`.
    static func newLines<S: Equatable>(earlier: [S], newest: [S]) -> ArraySlice<S> {
        var overlap = min(earlier.count, newest.count)
        while overlap > 0 {
            if earlier[(earlier.count - overlap)...].elementsEqual(newest[..<overlap]) { break }
            overlap -= 1
        }
        return newest[overlap...]
    }

    /// The newest `count` lines of `text` (all of them when `count` is nil).
    static func tail(_ text: String, count: Int?) -> [Substring] {
        let lines = LogWire.lines(text)
        guard let count else { return lines }
        return Array(lines.suffix(max(0, count)))
    }
}
