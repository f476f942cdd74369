/// Skips one escape sequence in log text, applying it when it is SGR (see `LogText`). It reads the line's
/// UTF-8 bytes: every byte a sequence is made of is ASCII, and a non-ASCII scalar (a lead byte, 0x80 or
/// above) ends a sequence where a scalar reader would stop, so offsets stay on scalar boundaries.
enum LogEscapeParser {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// At most this many SGR parameter groups are read from one sequence; the rest are ignored.
    static let maxGroups = 64

    /// The offset just past the sequence whose ESC is at `escape`. A sequence cut short by a control or a
    /// non-ASCII scalar ends before it (that scalar is read again as text); one cut by the line's end
    /// ends there. `applyingSGR` false leaves `style` alone (a reader that wants only the text).
    static func skip(_ bytes: Bytes, escapeAt escape: Int, style: inout LogStyle, applyingSGR: Bool = true) -> Int {
        let j = escape + 1
        guard j < bytes.count else { return j }
        switch bytes[j] {
        case 0x5B:  // [ CSI
            return skipCSI(bytes, from: j + 1, style: &style, applyingSGR: applyingSGR)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] OSC, P DCS, X SOS, ^ PM, _ APC: strings up to BEL or ST
            return skipString(bytes, from: j + 1)
        case 0x20...0x2F:  // intermediates, then one final byte
            var k = j
            while k < bytes.count, (0x20...0x2F).contains(bytes[k]) { k += 1 }
            guard k < bytes.count, (0x30...0x7E).contains(bytes[k]) else { return k }
            return k + 1
        case 0x30...0x7E:  // ESC 7, ESC c, ESC = …
            return j + 1
        default:  // a control or non-ASCII: the ESC alone is dropped
            return j
        }
    }

    /// CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E. Only a plain SGR
    /// (`m`, digits, `;` and `:` only) does anything.
    private static func skipCSI(_ bytes: Bytes, from start: Int, style: inout LogStyle, applyingSGR: Bool) -> Int {
        var k = start
        var plainParameters = true
        while k < bytes.count {
            let b = bytes[k]
            switch b {
            case 0x30...0x3B: break  // digits, : and ;
            case 0x3C...0x3F, 0x20...0x2F: plainParameters = false  // private markers, intermediates
            case 0x40...0x7E:
                if b == 0x6D, plainParameters, applyingSGR {
                    style.apply(sgrParameters: groups(Bytes(rebasing: bytes[start..<k])))
                }
                return k + 1
            default:
                return k
            }
            k += 1
        }
        return k
    }

    /// OSC and the other string sequences: dropped up to and including BEL, `ESC \` or C1 ST (U+009C, the
    /// bytes C2 9C). Another ESC ends the string and starts a new sequence; the line's end ends it too.
    private static func skipString(_ bytes: Bytes, from start: Int) -> Int {
        var k = start
        while k < bytes.count {
            switch bytes[k] {
            case 0x07: return k + 1
            case 0xC2 where k + 1 < bytes.count && bytes[k + 1] == 0x9C: return k + 2
            case 0x1B:
                if k + 1 < bytes.count, bytes[k + 1] == 0x5C { return k + 2 }
                return k
            default: k += 1
            }
        }
        return k
    }

    /// SGR parameters: groups split by `;`, sub-parameters by `:`, empty ones 0, each at most 65535.
    static func groups(_ parameters: Bytes) -> [[Int]] {
        var groups: [[Int]] = []
        var group: [Int] = []
        var number = 0
        for b in parameters {
            switch b {
            case 0x30...0x39: number = min(65_535, number * 10 + Int(b - 0x30))
            case 0x3A:
                group.append(number)
                number = 0
            default:  // ;
                group.append(number)
                groups.append(group)
                group = []
                number = 0
                if groups.count >= maxGroups { return groups }
            }
        }
        if parameters.isEmpty { return [] }
        group.append(number)
        groups.append(group)
        return groups
    }
}
