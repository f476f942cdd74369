/// Line cursors are opaque decimal strings, often beyond 2^53 (`1551252759254000002`): never parsed as a
/// number. Where the client must know which of two is newer it compares them as decimal strings.
public enum LogCursor {
    /// -1, 0 or 1 as `a` is before, at or after `b`; nil when either is not a run of ASCII digits.
    /// Leading zeros are ignored; then the longer number is the larger, else the text decides.
    public static func compare(_ a: String, _ b: String) -> Int? {
        guard let x = digits(a), let y = digits(b) else { return nil }
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        return x == y ? 0 : (x.lexicographicallyPrecedes(y) ? -1 : 1)
    }

    private static func digits(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let significant = bytes.drop(while: { $0 == 0x30 })
        return significant.isEmpty ? [0x30] : Array(significant)
    }
}
