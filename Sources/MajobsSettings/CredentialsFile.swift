import ModelArts

/// The official SDKs' credentials file (`~/.huaweicloud/credentials`, INI): the `[basic]` section
/// with `ak`, `sk`, `project_id` and `security_token`. Other sections and keys belong to other
/// tools and are ignored. Its description never shows the secret key or the token.
public struct CredentialsFile: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var accessKey: String?
    public var secretKey: String?
    public var projectID: String?
    public var securityToken: String?
    /// True when the file holds nothing but blank and comment lines (e.g. created by `touch`),
    /// so a message can say the file is empty instead of "no credentials found".
    public var isEmpty = false

    public init(
        path: String, accessKey: String? = nil, secretKey: String? = nil, projectID: String? = nil,
        securityToken: String? = nil
    ) {
        self.path = path
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.projectID = projectID
        self.securityToken = securityToken
    }

    /// Parses INI text the way Python's configparser reads it: `[section]`, `key = value` or
    /// `key: value`, `#`/`;` comment lines, keys case-insensitive, values trimmed.
    public static func parse(_ text: String, path: String) -> CredentialsFile {
        var file = CredentialsFile(path: path)
        var section = ""
        file.isEmpty = true
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            file.isEmpty = false
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast()).trimmingWhitespace().lowercased()
                continue
            }
            guard section == "basic", let sep = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = String(line[..<sep]).trimmingWhitespace().lowercased()
            let value = String(line[line.index(after: sep)...]).trimmingWhitespace()
            guard !value.isEmpty else { continue }
            switch key {
            case "ak": file.accessKey = value
            case "sk": file.secretKey = value
            case "project_id": file.projectID = value
            case "security_token": file.securityToken = value
            default: continue
            }
        }
        return file
    }

    /// True when the file holds a secret (secret key or security token).
    public var holdsSecret: Bool { secretKey != nil || securityToken != nil }

    /// Why this file gave no access key pair, for a "no credentials" message; nil when it has one.
    public var missingKeysReason: String? {
        if accessKey != nil && secretKey != nil { return nil }
        let expected = "expected [basic] with ak = ... and sk = ..."
        if isEmpty { return "\(path) is empty: \(expected)" }
        if accessKey == nil && secretKey == nil { return "\(path) has no ak or sk: \(expected)" }
        return nil
    }

    public var description: String {
        "CredentialsFile(path: \(path), ak: \(accessKey.map { SigningCredentials.mask($0) } ?? "-"), "
            + "sk: \(secretKey == nil ? "-" : "***"), projectID: \(projectID ?? "-"), "
            + "securityToken: \(securityToken == nil ? "-" : "***"))"
    }
}
