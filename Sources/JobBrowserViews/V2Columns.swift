import ModelArts
import TerminalUI

extension TrainingJob {
    /// How many characters of a v2 UUID the ID column shows (the full id is in detail and in `c` copy).
    static let shortIDLength = 8

    /// The ID column's text: a v1 number in full, a v2 UUID's first 8 characters (enough to tell
    /// jobs apart at a glance; they are random), made visible.
    var shortID: String {
        let full = SafeText.visible(id.description)
        guard api == .v2 else { return full }
        return String(full.prefix(Self.shortIDLength))
    }
}
