/// Skips one escape sequence in log text, applying it when it is SGR (see `LogText`).
enum LogEscapeParser {
    typealias Scalars = Substring.UnicodeScalarView

    /// At most this many SGR parameter groups are read from one sequence; the rest are ignored.
    static let maxGroups = 64

    /// The index just past the sequence whose ESC is at `escape`. A sequence cut short by a control or a
    /// non-ASCII scalar ends before it (that scalar is read again as text); one cut by the line's end
    /// ends there.
    static func skip(_ scalars: Scalars, escapeAt escape: Scalars.Index, style: inout LogStyle) -> Scalars.Index {
        let j = scalars.index(after: escape)
        guard j != scalars.endIndex else { return j }
        switch scalars[j].value {
        case 0x5B:  // [ CSI
            return skipCSI(scalars, from: scalars.index(after: j), style: &style)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] OSC, P DCS, X SOS, ^ PM, _ APC: strings up to BEL or ST
            return skipString(scalars, from: scalars.index(after: j))
        case 0x20...0x2F:  // intermediates, then one final byte
            var k = j
            while k != scalars.endIndex, (0x20...0x2F).contains(scalars[k].value) { k = scalars.index(after: k) }
            guard k != scalars.endIndex, (0x30...0x7E).contains(scalars[k].value) else { return k }
            return scalars.index(after: k)
        case 0x30...0x7E:  // ESC 7, ESC c, ESC = …
            return scalars.index(after: j)
        default:  // a control or non-ASCII: the ESC alone is dropped
            return j
        }
    }

    /// CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E. Only a plain SGR
    /// (`m`, digits, `;` and `:` only) does anything.
    private static func skipCSI(_ scalars: Scalars, from start: Scalars.Index, style: inout LogStyle) -> Scalars.Index {
        var k = start
        var plainParameters = true
        while k != scalars.endIndex {
            let v = scalars[k].value
            switch v {
            case 0x30...0x3B: break  // digits, : and ;
            case 0x3C...0x3F, 0x20...0x2F: plainParameters = false  // private markers, intermediates
            case 0x40...0x7E:
                if v == 0x6D, plainParameters { style.apply(sgrParameters: groups(scalars[start..<k])) }
                return scalars.index(after: k)
            default:
                return k
            }
            k = scalars.index(after: k)
        }
        return k
    }

    /// OSC and the other string sequences: dropped up to and including BEL, `ESC \` or C1 ST. Another ESC
    /// ends the string and starts a new sequence; the line's end ends it too.
    private static func skipString(_ scalars: Scalars, from start: Scalars.Index) -> Scalars.Index {
        var k = start
        while k != scalars.endIndex {
            switch scalars[k].value {
            case 0x07, 0x9C: return scalars.index(after: k)
            case 0x1B:
                let next = scalars.index(after: k)
                if next != scalars.endIndex, scalars[next].value == 0x5C { return scalars.index(after: next) }
                return k
            default: k = scalars.index(after: k)
            }
        }
        return k
    }

    /// SGR parameters: groups split by `;`, sub-parameters by `:`, empty ones 0, each at most 65535.
    static func groups(_ parameters: Scalars.SubSequence) -> [[Int]] {
        var groups: [[Int]] = []
        var group: [Int] = []
        var number = 0
        for s in parameters {
            switch s.value {
            case 0x30...0x39: number = min(65_535, number * 10 + Int(s.value - 0x30))
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
