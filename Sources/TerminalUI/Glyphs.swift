/// The symbols the views draw, in a Unicode set and an ASCII fallback for terminals that cannot
/// show UTF-8. Every glyph is one cell wide in both sets, so layout does not depend on the choice.
public struct Glyphs: Hashable, Sendable {
    public var queued: String
    public var running: String
    public var succeeded: String
    public var failed: String
    public var stopping: String
    public var stopped: String
    public var unknown: String
    /// Sort direction markers for the sorted column.
    public var sortAscending: String
    public var sortDescending: String
    /// Marks text that was cut (`TextFit`'s ellipsis argument).
    public var ellipsis: String
    /// Separates items in the header (`page 1/3 · 250 jobs`).
    public var separator: String
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String

    /// Box drawing, triangles and a real ellipsis.
    public static let unicode = Glyphs(
        queued: "…", running: "▶", succeeded: "✓", failed: "✗", stopping: "■", stopped: "◼", unknown: "?",
        sortAscending: "▲", sortDescending: "▼", ellipsis: "…", separator: "·",
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘"
    )

    /// Printable ASCII only.
    public static let ascii = Glyphs(
        queued: ".", running: ">", succeeded: "+", failed: "x", stopping: "-", stopped: "#", unknown: "?",
        sortAscending: "^", sortDescending: "v", ellipsis: "~", separator: "|",
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+"
    )

    /// The set for a terminal that can (or cannot) show UTF-8.
    public static func forTerminal(supportsUnicode: Bool) -> Glyphs { supportsUnicode ? .unicode : .ascii }

    /// The status glyph for a status role, or nil when `role` is not a status role.
    public func status(for role: StyleRole) -> String? {
        switch role {
        case .statusQueued: return queued
        case .statusRunning: return running
        case .statusSucceeded: return succeeded
        case .statusFailed: return failed
        case .statusStopping: return stopping
        case .statusStopped: return stopped
        case .statusUnknown: return unknown
        default: return nil
        }
    }
}
