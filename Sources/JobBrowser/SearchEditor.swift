/// The search prompt while it is open: the text being typed, what to restore on Esc, and where
/// Up/Down are in the history.
public struct SearchEditor: Hashable, Sendable {
    public var text: String
    /// The search that was active when the prompt opened; Esc goes back to it.
    public let original: String
    /// Index into the history while recalling, nil while typing.
    public var historyIndex: Int?
    /// What was typed before recalling, so Down past the newest entry brings it back.
    public var draft: String

    public init(original: String) {
        self.text = original
        self.original = original
        self.historyIndex = nil
        self.draft = original
    }
}
