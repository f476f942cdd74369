/// One entry of `[keys]` (or `[keys.CONTEXT]`): an action name and the key names bound to it, as written.
/// The config reader makes it and JobBrowser checks the names against its keymap, so the two share one
/// value with no mapping between them.
public struct KeyRebinding: Hashable, Sendable {
    /// nil for `[keys]` (the job table, falling back to anywhere), else the context of `[keys.CONTEXT]`,
    /// e.g. `search`.
    public var context: String?
    public var action: String
    /// The key names as written; `["none"]` unbinds the action.
    public var keys: [String]
    /// `PATH:LINE`, put in front of every message about the entry.
    public var location: String

    public init(context: String?, action: String, keys: [String], location: String) {
        self.context = context
        self.action = action
        self.keys = keys
        self.location = location
    }
}
