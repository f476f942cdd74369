/// One entry of `[keys]` (or `[keys.CONTEXT]`): an action name and the key names bound to it.
/// Names are checked against the keymap by the browser, which knows the actions and keys.
public struct KeySetting: Hashable, Sendable {
    /// nil for `[keys]` (the job table), else the context of `[keys.CONTEXT]`, e.g. `search`.
    public var context: String?
    public var action: String
    /// The key names as written; `["none"]` unbinds the action.
    public var keys: [String]
    /// `PATH:LINE`, for error messages.
    public var location: String

    public init(context: String?, action: String, keys: [String], location: String) {
        self.context = context
        self.action = action
        self.keys = keys
        self.location = location
    }
}

extension MajobsConfig.Reader {
    /// `action = "key"` or `action = ["key", ...]`; `"none"` (or an empty list) unbinds.
    func keys(_ table: TOMLTable) throws(ConfigurationError) -> [KeySetting] {
        let context = table.path.count > 1 ? table.path[1] : nil
        return try table.entries.map { entry throws(ConfigurationError) in
            let names: [String]
            switch entry.value {
            case .string(let s): names = [s]
            case .strings(let list): names = list.isEmpty ? ["none"] : list
            default:
                throw invalid(entry, "expected a key name or a list of key names, e.g. [\"j\", \"down\"]")
            }
            return KeySetting(context: context, action: entry.key, keys: names, location: "\(path):\(entry.line)")
        }
    }
}
