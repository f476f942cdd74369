import ModelArts

extension MajobsConfig.Reader {
    /// `action = "key"` or `action = ["key", ...]`; `"none"` (or an empty list) unbinds.
    func keys(_ table: TOMLTable) throws(ConfigurationError) -> [KeyRebinding] {
        let context = table.path.count > 1 ? table.path[1] : nil
        return try table.entries.map { entry throws(ConfigurationError) in
            let names: [String]
            switch entry.value {
            case .string(let s): names = [s]
            case .strings(let list): names = list.isEmpty ? ["none"] : list
            default:
                throw invalid(entry, "expected a key name or a list of key names, e.g. [\"j\", \"down\"]")
            }
            return KeyRebinding(context: context, action: entry.key, keys: names, location: "\(path):\(entry.line)")
        }
    }
}
