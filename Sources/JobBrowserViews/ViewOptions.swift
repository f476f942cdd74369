import ModelArts
import TerminalUI

/// How to draw: which glyph set the terminal can show. Colours are the theme's business; the
/// views only name style roles.
public struct ViewOptions: Hashable, Sendable {
    /// True when the terminal shows UTF-8 (box drawing, ▲▼, status glyphs).
    public var unicode: Bool

    public init(unicode: Bool = true) {
        self.unicode = unicode
    }

    /// The glyph set for these options.
    public var glyphs: Glyphs { Glyphs.forTerminal(supportsUnicode: unicode) }

    /// Shown for a missing time or duration.
    var none: String { unicode ? "—" : "-" }

    /// Marks the active entry in the status picker.
    var bullet: String { unicode ? "●" : "*" }

    /// The status glyph of a group.
    func statusGlyph(_ group: StatusGroup) -> String {
        glyphs.status(for: group.role) ?? "?"
    }

    /// The sort arrow.
    func arrow(_ order: SortOrder) -> String {
        order == .asc ? glyphs.sortAscending : glyphs.sortDescending
    }

    /// A key's name for hints and help, with ASCII names for the arrows when needed.
    func keyName(_ key: Key) -> String {
        guard !unicode else { return key.description }
        switch key {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return key.description
        }
    }
}

extension StatusGroup {
    /// The style role that colours this group.
    public var role: StyleRole {
        switch self {
        case .queued: return .statusQueued
        case .running: return .statusRunning
        case .succeeded: return .statusSucceeded
        case .failed: return .statusFailed
        case .stopping: return .statusStopping
        case .stopped: return .statusStopped
        case .unknown: return .statusUnknown
        }
    }
}
