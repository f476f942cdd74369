/// Edits one `[profiles.NAME]` table (and `default_profile`) in the text of a config file, keeping
/// every other line as it was: comments, other profiles, `[ui]`, `[keys]`. Lines of keys it sets are
/// replaced in place; new keys go after the table's last entry; a new profile goes at the end.
public struct ProfileEditor {
    /// The text being edited, one element per line (no line ends).
    public private(set) var lines: [String]

    /// Starts from a config file's text; it must parse (the editor never guesses at a broken file).
    public init(text: String, path: String) throws(ConfigurationError) {
        do {
            _ = try TOMLSubset.parse(text)
        } catch {
            throw ConfigurationError(
                "\(path):\(error.line): \(error.message) (fix it before configuring)",
                configFile: true)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// The edited file, ending with a newline.
    public var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }

    /// Sets (or, for nil, removes) `key` in `[profiles.name]`, creating the table if needed.
    public mutating func set(profile name: String, _ key: String, _ value: TOMLValue?) {
        let document = (try? TOMLSubset.parse(text)) ?? TOMLDocument(tables: [])
        guard let table = document.table(["profiles", name]) else {
            guard let value else { return }
            if let last = lines.last, !last.trimmingWhitespace().isEmpty { lines.append("") }
            lines.append("[profiles.\(TOMLWriter.key(name))]")
            lines.append(TOMLWriter.line(key, value))
            return
        }
        if let entry = table.entry(key) {
            if let value {
                lines[entry.line - 1] = TOMLWriter.line(key, value)
            } else {
                lines.remove(at: entry.line - 1)
            }
            return
        }
        guard let value else { return }
        let after = table.entries.map(\.line).max() ?? table.line
        lines.insert(TOMLWriter.line(key, value), at: after)
    }

    /// Sets `default_profile` at the top level: in place, or before the first table.
    public mutating func setDefaultProfile(_ name: String) {
        let document = (try? TOMLSubset.parse(text)) ?? TOMLDocument(tables: [])
        let line = TOMLWriter.line("default_profile", .string(name))
        if let entry = document.table([])?.entry("default_profile") {
            lines[entry.line - 1] = line
            return
        }
        let firstHeader = document.tables.filter { !$0.path.isEmpty }.map(\.line).min()
        guard let firstHeader else {
            lines.append(line)
            return
        }
        // Above the comment block that introduces the first table, so that comment stays with it.
        var at = firstHeader - 1
        while at > 0, lines[at - 1].trimmingWhitespace().hasPrefix("#") { at -= 1 }
        lines.insert(contentsOf: [line, ""], at: at)
    }
}
