import ModelArts

/// Finds where to connect and with which credentials. First found wins, per setting: command-line
/// flags, then the environment as the official SDKs use it, then the SDK credentials file
/// (`[basic]`), then a majobs profile in `$XDG_CONFIG_HOME/majobs/config.toml`.
public struct ConnectionResolver: Sendable {
    public var environment: ResolverEnvironment
    /// Applied to the resulting configuration.
    public var connectTimeout: Double
    public var requestTimeout: Double
    public var retry: RetryPolicy

    public init(
        environment: ResolverEnvironment, connectTimeout: Double = 5, requestTimeout: Double = 15,
        retry: RetryPolicy = .standard
    ) {
        self.environment = environment
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retry = retry
    }

    /// A setting and where it came from (`--region`, `env HUAWEICLOUD_SDK_AK`, `profile 'work'`).
    struct Found<T> {
        var value: T
        var source: String
    }

    /// Everything read from files and the environment, before it is assembled.
    struct Inputs {
        var flags: ConnectionFlags
        var config: MajobsConfig?
        var profile: MajobsConfig.Profile?
        var credentialsFile: CredentialsFile?
        var warnings: [String] = []

        var profileSource: String {
            "profile '\(profile?.name ?? "")'\(config?.path.map { " (\($0))" } ?? "")"
        }
    }

    /// Resolves a connection; nil configuration when nothing is configured at all.
    public func resolve(_ flags: ConnectionFlags) throws(ConfigurationError) -> ResolvedConnection {
        try validate(flags)
        var inputs = Inputs(flags: flags)
        let configPath = MajobsConfig.defaultPath(
            environment: environment.variables, homeDirectory: environment.homeDirectory)
        inputs.config = try loadConfig(path: configPath, warnings: &inputs.warnings)
        inputs.profile = try selectProfile(flags.profile, config: inputs.config, path: configPath)
        inputs.credentialsFile = try loadCredentialsFile(profile: inputs.profile, warnings: &inputs.warnings)
        return try assemble(&inputs)
    }

    /// Loads and parses the majobs config file alone (nil when there is none), e.g. for `[ui]`.
    public func loadConfig() throws(ConfigurationError) -> (config: MajobsConfig?, warnings: [String]) {
        var warnings: [String] = []
        let path = MajobsConfig.defaultPath(
            environment: environment.variables, homeDirectory: environment.homeDirectory)
        let config = try loadConfig(path: path, warnings: &warnings)
        return (config, warnings)
    }

    func validate(_ flags: ConnectionFlags) throws(ConfigurationError) {
        if let e = flags.endpoint { _ = try ServiceEndpoint(parsing: e, what: "--endpoint") }
        if let e = flags.iamEndpoint { _ = try ServiceEndpoint(parsing: e, what: "--iam-endpoint") }
        if let r = flags.region, !RegionEndpoints.isValidRegion(r) {
            throw ConfigurationError(
                "--region \(OneLineText.quote(r)) is invalid: expected a region id such as cn-north-4")
        }
        if let p = flags.projectID {
            do { try ClientConfiguration.validateProjectID(p) } catch {
                throw ConfigurationError("--project-id: \(error.message)")
            }
        }
        for (name, value) in [("--user", flags.user), ("--domain", flags.domain), ("--access-key", flags.accessKey)] {
            if let value, value.isEmpty || !ClientConfiguration.isHeaderSafe(value) {
                throw ConfigurationError("\(name) must be a non-empty value without control characters")
            }
        }
    }

    func loadConfig(path: String, warnings: inout [String]) throws(ConfigurationError) -> MajobsConfig? {
        guard let text = try read(path) else { return nil }
        let config = try MajobsConfig.parse(text, path: path)
        warnings += config.warnings
        if config.holdsSecret { checkPrivate(path, warnings: &warnings) }
        return config
    }

    func selectProfile(
        _ requested: String?, config: MajobsConfig?, path: String
    ) throws(ConfigurationError) -> MajobsConfig.Profile? {
        guard let name = requested ?? config?.defaultProfile else { return nil }
        guard let config else {
            throw ConfigurationError("profile '\(name)' not found: \(path) does not exist", usage: true)
        }
        guard let profile = config.profiles[name] else {
            let known = config.profiles.keys.sorted()
            let list = known.isEmpty ? "it defines no profiles" : "known: \(known.joined(separator: ", "))"
            throw ConfigurationError("profile \(OneLineText.quote(name)) not found in \(path) (\(list))", usage: true)
        }
        return profile
    }

    func loadCredentialsFile(
        profile: MajobsConfig.Profile?, warnings: inout [String]
    ) throws(ConfigurationError) -> CredentialsFile? {
        let home = environment.homeDirectory
        let named: (path: String, source: String)?
        if let p = environment.variable("HUAWEICLOUD_SDK_CREDENTIALS_FILE") {
            named = (PathText.expand(p, home: home), "HUAWEICLOUD_SDK_CREDENTIALS_FILE")
        } else if let p = profile?.credentialsFile {
            named = (PathText.expand(p, home: home), "credentials_file of profile '\(profile?.name ?? "")'")
        } else {
            named = nil
        }
        let path = named?.path ?? PathText.join(home, ".huaweicloud/credentials")
        guard let text = try read(path) else {
            if let named { throw ConfigurationError("\(named.source) names \(path), which does not exist") }
            return nil
        }
        let file = CredentialsFile.parse(text, path: path)
        if file.holdsSecret { checkPrivate(path, warnings: &warnings) }
        return file
    }

    func read(_ path: String) throws(ConfigurationError) -> String? {
        do {
            return try environment.readFile(path)
        } catch {
            throw ConfigurationError("cannot read \(path): \(OneLine.clean("\(error)", limit: 100))")
        }
    }

    /// A file holding a secret must not be readable by others.
    func checkPrivate(_ path: String, warnings: inout [String]) {
        guard let mode = environment.fileMode(path), mode & 0o044 != 0 else { return }
        let octal = String(mode, radix: 8)
        warnings.append("\(path) holds a secret but is readable by others (mode \(octal)): run chmod 600 \(path)")
    }
}
