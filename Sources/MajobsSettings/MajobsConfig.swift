import ModelArts

/// The parsed `$XDG_CONFIG_HOME/majobs/config.toml` (see `Config/majobs.example.toml`):
/// a default profile, named connection profiles and UI settings.
public struct MajobsConfig: Hashable, Sendable, CustomStringConvertible {
    /// One `[profiles.NAME]` table. Its description never shows the secret key or token.
    public struct Profile: Hashable, Sendable, CustomStringConvertible {
        public var name: String
        public var endpoint: ServiceEndpoint?
        public var region: String?
        public var projectID: String?
        public var auth: AuthMode?
        public var accessKey: String?
        public var secretKey: String?
        public var securityToken: String?
        public var user: String?
        public var domain: String?
        public var iamEndpoint: ServiceEndpoint?
        public var credentialsFile: String?
        /// Which training API the profile's account is browsed with (`api = "auto"|"v1"|"v2"`).
        public var api: APIChoice?
        /// `read_only = true`: every write through this profile is refused before sending.
        public var readOnly: Bool?

        public init(name: String) {
            self.name = name
        }

        /// True when the profile holds a secret (secret key or security token).
        public var holdsSecret: Bool { secretKey != nil || securityToken != nil }

        public var description: String {
            var parts = ["name: \(name)"]
            if let endpoint { parts.append("endpoint: \(endpoint)") }
            if let region { parts.append("region: \(region)") }
            if let projectID { parts.append("projectID: \(projectID)") }
            if let auth { parts.append("auth: \(auth.rawValue)") }
            if let accessKey { parts.append("accessKey: \(SigningCredentials.mask(accessKey))") }
            if secretKey != nil { parts.append("secretKey: ***") }
            if securityToken != nil { parts.append("securityToken: ***") }
            if let user { parts.append("user: \(user)") }
            if let domain { parts.append("domain: \(domain)") }
            if let iamEndpoint { parts.append("iamEndpoint: \(iamEndpoint)") }
            if let credentialsFile { parts.append("credentialsFile: \(credentialsFile)") }
            if let api { parts.append("api: \(api.rawValue)") }
            if let readOnly { parts.append("readOnly: \(readOnly)") }
            return "Profile(\(parts.joined(separator: ", ")))"
        }
    }

    /// The `[ui]` table.
    public struct UISettings: Hashable, Sendable {
        /// Jobs per server page; nil derives it from the screen height.
        public var perPage: Int?
        /// Seconds between automatic refreshes of the browser's page, 0 = off; nil keeps the default (10).
        public var refreshSeconds: Int?
        public var color: ColorMode
        /// True to let the browser take mouse clicks and the wheel; nil keeps the default (off).
        public var mouse: Bool?

        /// The smallest `refresh_seconds` other than 0 (off).
        public static let minimumRefreshSeconds = 2

        public init(perPage: Int? = nil, refreshSeconds: Int? = nil, color: ColorMode = .auto) {
            self.perPage = perPage
            self.refreshSeconds = refreshSeconds
            self.color = color
        }
    }

    /// Where the file was read from (nil when built in code).
    public var path: String?
    public var defaultProfile: String?
    public var profiles: [String: Profile]
    public var ui: UISettings
    /// One line per unknown key (`PATH:LINE: unknown key ...`).
    public var warnings: [String]
    /// The `[keys]` and `[keys.CONTEXT]` entries, in file order (checked against the keymap by the browser).
    public var keys: [KeyRebinding] = []

    /// The profile names, sorted.
    public var profileNames: [String] { profiles.keys.sorted() }

    public init(
        path: String? = nil, defaultProfile: String? = nil, profiles: [String: Profile] = [:],
        ui: UISettings = UISettings(), warnings: [String] = []
    ) {
        self.path = path
        self.defaultProfile = defaultProfile
        self.profiles = profiles
        self.ui = ui
        self.warnings = warnings
    }

    /// True when any profile holds a secret (the file should then be private).
    public var holdsSecret: Bool { profiles.values.contains(where: \.holdsSecret) }

    public var description: String {
        let names = profiles.keys.sorted().joined(separator: ", ")
        let perPage = ui.perPage.map(String.init) ?? "auto"
        let refresh = ui.refreshSeconds.map { "\($0)s" } ?? "default"
        return "MajobsConfig(path: \(path ?? "-"), defaultProfile: \(defaultProfile ?? "-"), profiles: [\(names)], "
            + "ui: perPage \(perPage), refresh \(refresh), color \(ui.color.rawValue))"
    }

    /// `$XDG_CONFIG_HOME/majobs/config.toml`, or `~/.config/majobs/config.toml`.
    public static func defaultPath(environment: [String: String], homeDirectory: String) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return PathText.join(xdg, "majobs/config.toml")
        }
        return PathText.join(homeDirectory, ".config/majobs/config.toml")
    }
}
