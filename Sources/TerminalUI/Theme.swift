/// Maps each `StyleRole` to a `CellStyle`. Views only name roles; the terminal device asks the
/// theme how each role looks, so colour can be switched off without touching a view.
public struct Theme: Hashable, Sendable {
    /// A short name for logs and tests ("color", "monochrome").
    public let name: String
    private var styles: [CellStyle]

    /// A theme where every role starts plain; `overrides` set the roles that look different.
    public init(name: String, _ overrides: [StyleRole: CellStyle]) {
        self.name = name
        styles = StyleRole.allCases.map { overrides[$0] ?? .plain }
    }

    /// How `role` looks.
    public func style(for role: StyleRole) -> CellStyle { styles[Int(role.rawValue)] }

    /// How `role` looks; the same as `style(for:)`.
    public subscript(role: StyleRole) -> CellStyle { style(for: role) }

    /// Whether no role uses a colour.
    var isMonochrome: Bool { !styles.contains { $0.hasColor } }

    /// The default colour theme (8 basic colours on the terminal's own background).
    public static let color = Theme(
        name: "color",
        [
            .dim: CellStyle(dim: true),
            .emphasis: CellStyle(bold: true),
            .title: CellStyle(foreground: .cyan, bold: true),
            .demoBadge: CellStyle(foreground: .black, background: .yellow, bold: true),
            .chip: CellStyle(foreground: .cyan),
            .tableHeader: CellStyle(foreground: .cyan, bold: true),
            .tableHeaderSorted: CellStyle(foreground: .cyan, bold: true, underline: true),
            .selectedRow: CellStyle(reverse: true),
            .statusQueued: CellStyle(foreground: .yellow),
            .statusRunning: CellStyle(foreground: .green),
            .statusSucceeded: CellStyle(dim: true),
            .statusFailed: CellStyle(foreground: .red),
            .statusStopping: CellStyle(foreground: .magenta),
            .statusStopped: CellStyle(dim: true),
            .keyHint: CellStyle(bold: true),
            .error: CellStyle(foreground: .red, bold: true),
            .warning: CellStyle(foreground: .yellow),
            .prompt: CellStyle(bold: true),
            .border: CellStyle(foreground: .cyan, dim: true),
            .placeholder: CellStyle(dim: true, reverse: true),
            // Log view
            .logBlack: CellStyle(foreground: .black), .logRed: CellStyle(foreground: .red),
            .logGreen: CellStyle(foreground: .green), .logYellow: CellStyle(foreground: .yellow),
            .logBlue: CellStyle(foreground: .blue), .logMagenta: CellStyle(foreground: .magenta),
            .logCyan: CellStyle(foreground: .cyan), .logWhite: CellStyle(foreground: .white),
            .logBold: CellStyle(bold: true), .logUnderline: CellStyle(underline: true),
            .logReverse: CellStyle(reverse: true),
            .logMatch: CellStyle(foreground: .black, background: .yellow),
        ])

    /// Attributes only, for `NO_COLOR`, `--no-color`, `TERM=dumb` and colourless terminals. Status
    /// stays readable from glyph and word; failures are bold so they still stand out.
    public static let monochrome = Theme(
        name: "monochrome",
        [
            .dim: CellStyle(dim: true),
            .emphasis: CellStyle(bold: true),
            .title: CellStyle(bold: true),
            .demoBadge: CellStyle(bold: true, reverse: true),
            .chip: CellStyle(underline: true),
            .tableHeader: CellStyle(bold: true),
            .tableHeaderSorted: CellStyle(bold: true, underline: true),
            .selectedRow: CellStyle(reverse: true),
            .statusSucceeded: CellStyle(dim: true),
            .statusFailed: CellStyle(bold: true),
            .statusStopping: CellStyle(underline: true),
            .statusStopped: CellStyle(dim: true),
            .keyHint: CellStyle(bold: true),
            .error: CellStyle(bold: true),
            .warning: CellStyle(underline: true),
            .prompt: CellStyle(bold: true),
            .border: CellStyle(dim: true),
            .placeholder: CellStyle(reverse: true),
            // Log view: colours dropped, attributes kept.
            .logBold: CellStyle(bold: true), .logUnderline: CellStyle(underline: true),
            .logReverse: CellStyle(reverse: true), .logMatch: CellStyle(bold: true, reverse: true),
        ])
}
