/// Whether the screen uses colour or only attributes.
public enum ColorMode: Hashable, Sendable {
    case color
    case monochrome

    /// Monochrome when `--no-color` was given, `NO_COLOR` is set to anything non-empty
    /// (https://no-color.org), `TERM` is `dumb`, or the terminal has no colours; colour otherwise.
    public static func resolve(flagNoColor: Bool, env: [String: String], terminalHasColors: Bool) -> ColorMode {
        if flagNoColor || !terminalHasColors { return .monochrome }
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if env["TERM"] == "dumb" { return .monochrome }
        return .color
    }

    /// The theme for this mode.
    public var theme: Theme { self == .color ? .color : .monochrome }
}
