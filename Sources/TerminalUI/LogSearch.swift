/// A search in log text as shown (see `LogText.displayText`). Smart case: a query with no capital
/// letter matches ASCII letters of either case; one with a capital matches exactly.
public struct LogSearch: Hashable, Sendable {
    /// What was typed.
    public let query: String
    private let needle: [UInt8]
    private let ignoresCase: Bool

    /// A search for `query`; nil when it is empty.
    public init?(_ query: String) {
        guard !query.isEmpty else { return nil }
        self.query = query
        ignoresCase = !query.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
        needle = ignoresCase ? query.utf8.map(Self.lower) : Array(query.utf8)
    }

    /// False only when the shown form of `raw` (a raw log line) cannot hold the query, read in one pass over
    /// its bytes without laying it out. For a query of printable ASCII, a line with no `\r` shows its raw
    /// text with scalars removed (sequences), replaced by non-ASCII pictures, or tabs replaced by spaces,
    /// so a match there is a subsequence of the raw bytes, a tab standing for a run of spaces. A `\r`
    /// reorders text: such a line may match when it holds every byte of the query somewhere (a space always,
    /// as a wide character cut by a later, shorter state shows as one).
    public func mightMatch(raw: String) -> Bool {
        guard isPlainQuery else { return true }
        var j = 0
        var rewritten = false
        var present = ByteSet()
        for b in raw.utf8 {
            let folded = fold(b)
            present.insert(b == 0x09 ? 0x20 : folded)
            if b == 0x0D { rewritten = true }
            guard j < needle.count else { continue }
            if folded == needle[j] {
                j += 1
            } else if b == 0x09 {
                while j < needle.count, needle[j] == 0x20 { j += 1 }
            }
        }
        present.insert(0x20)
        return j == needle.count || rewritten && needle.allSatisfy(present.contains)
    }

    /// Printable ASCII, spaces included (see `mightMatch`).
    private var isPlainQuery: Bool { needle.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    /// Whether `text` holds the query.
    public func matches(_ text: String) -> Bool { firstMatch(in: text, from: 0) != nil }

    /// Whether the shown form of `raw` (a raw log line, see `LogText.displayText`) holds the query. Most
    /// lines are read in one pass into `scratch` (reused from line to line, so nothing is allocated);
    /// one with tabs, `\r` or controls is laid out in full when `mightMatch` cannot rule it out.
    public func matches(raw: String, scratch: inout [UInt8]) -> Bool {
        if LogText.shownBytes(raw[...], into: &scratch) {
            return scratch.withUnsafeBufferPointer { firstMatch(in: $0, from: 0) } != nil
        }
        return mightMatch(raw: raw) && matches(LogText.displayText(raw[...]))
    }

    /// The UTF-8 offsets of each match in `text`, left to right, not overlapping.
    public func ranges(in text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var from = 0
        while let start = firstMatch(in: text, from: from) {
            out.append(start..<start + needle.count)
            from = start + needle.count
        }
        return out
    }

    /// The display columns each match covers in `line` (a match inside a grapheme covers all of it).
    public func columns(in line: LogText.Line) -> [Range<Int>] {
        let text = line.text
        let matches = ranges(in: text)
        guard !matches.isEmpty else { return [] }
        if line.runs.allSatisfy(\.isASCII) { return matches }
        // Byte offset → column, walking graphemes once.
        var out: [Range<Int>] = []
        var next = 0
        var offset = 0, col = 0
        var startCol: Int?
        for g in text {
            let bytes = g.utf8.count, w = DisplayWidth.of(g)
            while next < matches.count {
                let m = matches[next]
                if startCol == nil, m.lowerBound < offset + bytes { startCol = col }
                guard let s = startCol, m.upperBound <= offset + bytes else { break }
                out.append(s..<max(s + 1, col + w))
                startCol = nil
                next += 1
            }
            offset += bytes
            col += w
        }
        return out
    }

    private func firstMatch(in text: String, from: Int) -> Int? {
        text.utf8.withContiguousStorageIfAvailable { firstMatch(in: $0, from: from) }
            ?? firstMatch(in: String(decoding: Array(text.utf8), as: UTF8.self), from: from)
    }

    private func firstMatch(in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = needle.count
        guard hay.count >= n else { return nil }
        let first = needle[0]
        var i = from
        while i <= hay.count - n {
            if fold(hay[i]) == first {
                var j = 1
                while j < n, fold(hay[i + j]) == needle[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }

    private func fold(_ b: UInt8) -> UInt8 { ignoresCase ? Self.lower(b) : b }

    private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
}

/// A set of ASCII bytes (others are never inserted or looked up by `LogSearch`).
private struct ByteSet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ b: UInt8) {
        if b < 64 { low |= 1 << UInt64(b) } else if b < 128 { high |= 1 << UInt64(b - 64) }
    }

    func contains(_ b: UInt8) -> Bool {
        b < 64 ? low & (1 << UInt64(b)) != 0 : b < 128 && high & (1 << UInt64(b - 64)) != 0
    }
}
