/// The look a log's SGR sequences (`ESC[…m`) ask for, kept exactly (256-colour and truecolour
/// included) so `LogText.plain(_:keepingColors:)` can write it back; `cellStyle` is what the screen can
/// show of it.
public struct LogStyle: Hashable, Sendable {
    /// A colour as the log named it.
    public enum Color: Hashable, Sendable {
        /// 0…7 the basic colours (30–37), 8…15 their bright forms (90–97).
        case basic(UInt8)
        /// 256-colour palette index (`38;5;n`).
        case indexed(UInt8)
        /// Truecolour (`38;2;r;g;b`).
        case rgb(UInt8, UInt8, UInt8)

        /// The nearest of the eight colours a `CellStyle` can show.
        public var terminalColor: TerminalColor {
            switch self {
            case .basic(let n): return TerminalColor(rawValue: Int(n % 8)) ?? .white
            case .indexed(let n):
                if n < 16 { return TerminalColor(rawValue: Int(n % 8)) ?? .white }
                if n >= 232 { return n < 244 ? .black : .white }  // the grey ramp
                let cube = Int(n) - 16  // 6×6×6: r*36 + g*6 + b, each 0…5
                return Self.nearest(r: cube / 36 >= 3, g: cube / 6 % 6 >= 3, b: cube % 6 >= 3)
            case .rgb(let r, let g, let b):
                return Self.nearest(r: r >= 128, g: g >= 128, b: b >= 128)
            }
        }

        private static func nearest(r: Bool, g: Bool, b: Bool) -> TerminalColor {
            TerminalColor(rawValue: (r ? 1 : 0) | (g ? 2 : 0) | (b ? 4 : 0)) ?? .white
        }

        /// The SGR parameters that select this colour as a foreground (`background` false) or background.
        func parameters(background: Bool) -> String {
            switch self {
            case .basic(let n) where n < 8: return String((background ? 40 : 30) + Int(n))
            case .basic(let n): return String((background ? 100 : 90) + Int(n % 8))
            case .indexed(let n): return (background ? "48;5;" : "38;5;") + String(n)
            case .rgb(let r, let g, let b): return (background ? "48;2;" : "38;2;") + "\(r);\(g);\(b)"
            }
        }
    }

    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init() {}

    /// No colour, no attribute: what each line starts with and `ESC[0m` returns to.
    public static let plain = LogStyle()

    /// What a terminal cell can show: the eight colours, bold, dim, underline, reverse (italic is dropped).
    public var cellStyle: CellStyle {
        CellStyle(
            foreground: foreground?.terminalColor, background: background?.terminalColor,
            bold: bold, dim: dim, reverse: reverse, underline: underline)
    }

    /// One SGR sequence that sets exactly this style from any other (`ESC[0;…m`).
    public var sgr: String {
        var parts = ["0"]
        if bold { parts.append("1") }
        if dim { parts.append("2") }
        if italic { parts.append("3") }
        if underline { parts.append("4") }
        if reverse { parts.append("7") }
        if let foreground { parts.append(foreground.parameters(background: false)) }
        if let background { parts.append(background.parameters(background: true)) }
        return "\u{1B}[" + parts.joined(separator: ";") + "m"
    }

    /// Applies the parameters of one SGR sequence (`ESC[` params `m`): groups split by `;`, each
    /// group's sub-parameters by `:`. Unknown parameters are ignored; an empty list is a reset.
    public mutating func apply(sgrParameters groups: [[Int]]) {
        if groups.isEmpty {
            self = .plain
            return
        }
        var i = 0
        while i < groups.count {
            let group = groups[i]
            let code = group.first ?? 0
            switch code {
            case 0: self = .plain
            case 1: bold = true
            case 2: dim = true
            case 3: italic = true
            case 4: underline = group.count < 2 || group[1] != 0  // 4:0 is "no underline"
            case 7: reverse = true
            case 21: underline = true  // double underline
            case 22: (bold, dim) = (false, false)
            case 23: italic = false
            case 24: underline = false
            case 27: reverse = false
            case 30...37: foreground = .basic(UInt8(code - 30))
            case 39: foreground = nil
            case 40...47: background = .basic(UInt8(code - 40))
            case 49: background = nil
            case 90...97: foreground = .basic(UInt8(code - 90 + 8))
            case 100...107: background = .basic(UInt8(code - 100 + 8))
            case 38, 48:
                let (color, used) = Self.extendedColor(groups, at: i)
                if let color {
                    if code == 38 { foreground = color } else { background = color }
                }
                i += used
                continue
            default: break
            }
            i += 1
        }
    }

    /// The colour of `38…`/`48…` at `groups[i]`, in either form (`38;5;n`, `38;2;r;g;b`, `38:5:n`,
    /// `38:2::r:g:b`), and how many groups it took.
    private static func extendedColor(_ groups: [[Int]], at i: Int) -> (Color?, Int) {
        let group = groups[i]
        if group.count > 1 {  // the colon form: everything is in this one group
            switch group[1] {
            case 5 where group.count >= 3: return (.indexed(clamp(group[2])), 1)
            case 2 where group.count >= 6: return (.rgb(clamp(group[3]), clamp(group[4]), clamp(group[5])), 1)
            case 2 where group.count == 5: return (.rgb(clamp(group[2]), clamp(group[3]), clamp(group[4])), 1)
            default: return (nil, 1)
            }
        }
        let rest = groups[(i + 1)..<min(groups.count, i + 5)].map { $0.first ?? 0 }
        switch rest.first {
        case 5 where rest.count >= 2: return (.indexed(clamp(rest[1])), 3)
        case 2 where rest.count >= 4: return (.rgb(clamp(rest[1]), clamp(rest[2]), clamp(rest[3])), 5)
        case 5, 2: return (nil, 1 + rest.count)  // cut short: the rest is its arguments
        default: return (nil, 1)
        }
    }

    private static func clamp(_ n: Int) -> UInt8 { UInt8(max(0, min(255, n))) }
}
