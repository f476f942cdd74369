extension CredentialsFile {
    /// `text` (an SDK credentials file, or nil for a new one) with `ak` and `sk` of `[basic]` set,
    /// every other section, key and comment kept; a missing `[basic]` section is added at the top.
    /// Values are written as they are: INI has no quoting, so a value with a line break is refused.
    public static func settingKeys(
        in text: String?, accessKey: String, secretKey: String
    ) throws(ConfigurationError) -> String {
        for value in [accessKey, secretKey] where value.isEmpty || !value.isHeaderSafe {
            throw ConfigurationError("an access key or secret key must be non-empty, without control characters")
        }
        var lines = (text ?? "").split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        let wanted = [("ak", accessKey), ("sk", secretKey)]
        guard let basic = lines.firstIndex(where: { sectionName($0) == "basic" }) else {
            let section = ["[basic]"] + wanted.map { "\($0.0) = \($0.1)" }
            let rest = lines.isEmpty ? [] : [""] + lines
            return (section + rest).joined(separator: "\n") + "\n"
        }
        var end = lines[(basic + 1)...].firstIndex(where: { sectionName($0) != nil }) ?? lines.count
        for (key, value) in wanted {
            if let at = lines[(basic + 1)..<end].firstIndex(where: { keyName($0) == key }) {
                lines[at] = "\(key) = \(value)"
            } else {
                var at = end
                while at > basic + 1, lines[at - 1].trimmingWhitespace().isEmpty { at -= 1 }
                lines.insert("\(key) = \(value)", at: at)
                end += 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lower-cased name of a `[section]` line, nil for any other line.
    static func sectionName(_ line: String) -> String? {
        let t = line.trimmingWhitespace()
        guard t.hasPrefix("["), t.hasSuffix("]") else { return nil }
        return String(t.dropFirst().dropLast()).trimmingWhitespace().lowercased()
    }

    /// The lower-cased key of a `key = value` / `key: value` line, nil for comments and blanks.
    static func keyName(_ line: String) -> String? {
        let t = line.trimmingWhitespace()
        guard !t.isEmpty, !t.hasPrefix("#"), !t.hasPrefix(";"),
            let sep = t.firstIndex(where: { $0 == "=" || $0 == ":" })
        else { return nil }
        return String(t[..<sep]).trimmingWhitespace().lowercased()
    }
}
