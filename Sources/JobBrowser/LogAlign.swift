/// Matching a page of log lines against the lines already held, by their text, where the server gives
/// no cursor to line them up (the v2 preview has none).
public enum LogAlign {
    /// How many lines must agree for an overlap to count.
    public static let anchorLines = 3

    /// The lines of `page` (the newest page, oldest first) that come after the end of `held`: the last
    /// place in `page` where `held`'s last lines (up to `anchorLines`) appear, and everything after it.
    /// Nil when they do not appear (more new lines than a page, or the log was rewritten). An empty
    /// `held` takes the whole page.
    public static func linesAfter(_ held: ArraySlice<String>, in page: [String]) -> [String]? {
        guard !held.isEmpty else { return page }
        let anchor = Array(held.suffix(anchorLines))
        guard page.count >= anchor.count else { return nil }
        var end = page.count
        while end >= anchor.count {
            if page[(end - anchor.count)..<end].elementsEqual(anchor) { return Array(page[end...]) }
            end -= 1
        }
        return nil
    }

    /// Where a truncated preview (`held`, whose first line may be cut at the front) starts in `page`:
    /// the lines before its first line, and that first line whole. `held`'s first whole lines (up to
    /// `anchorLines` from its second) are looked for, oldest place first; nil when they are not in `page`
    /// or nothing of `page` comes before them.
    public static func linesBefore(_ held: [String], in page: [String]) -> (older: [String], firstWhole: String)? {
        guard let cut = held.first else { return nil }
        if held.count == 1 {
            guard let i = page.firstIndex(where: { $0.hasSuffix(cut) }) else { return nil }
            return (Array(page[..<i]), page[i])
        }
        let anchor = held[1..<min(held.count, 1 + anchorLines)]
        guard page.count > anchor.count else { return nil }
        for start in 1...(page.count - anchor.count)
        where page[start..<(start + anchor.count)].elementsEqual(anchor) && page[start - 1].hasSuffix(cut) {
            return (Array(page[..<(start - 1)]), page[start - 1])
        }
        return nil
    }
}
