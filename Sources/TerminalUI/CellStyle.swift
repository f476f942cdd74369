/// One of the eight basic terminal colours (the values match curses' `COLOR_*` numbers).
public enum TerminalColor: Int, CaseIterable, Sendable, Hashable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks: colours (nil = the terminal's default) and attributes.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
        foreground: TerminalColor? = nil, background: TerminalColor? = nil,
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The terminal's default look.
    public static let plain = CellStyle()

    /// Whether the style uses any colour (and so needs a colour pair).
    public var hasColor: Bool { foreground != nil || background != nil }

    /// The same attributes with the colours removed.
    var withoutColor: CellStyle {
        CellStyle(bold: bold, dim: dim, reverse: reverse, underline: underline)
    }
}
