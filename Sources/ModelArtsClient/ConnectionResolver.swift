import MajobsSettings
import ModelArts

/// Finds where to connect and with which credentials. First found wins, per setting: command-line
/// flags, then the environment as the official SDKs use it, then the SDK credentials file
/// (`[basic]`). A selected majobs profile (`--profile`, `default_profile`, the in-app switcher) is
/// a choice the person made, so what it sets comes right after the flags, its `credentials_file`
/// with it; the environment and the shared credentials file only fill in what it leaves out.
public struct ConnectionResolver: Sendable {
    public var environment: ResolverEnvironment
    /// Applied to the resulting configuration.
    public var connectTimeout: Duration
    public var requestTimeout: Duration
    public var retry: RetryPolicy

    public init(
        environment: ResolverEnvironment, connectTimeout: Duration = .seconds(5),
        requestTimeout: Duration = .seconds(15),
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
        /// The credentials file was named by the profile (`credentials_file`), so it speaks for the profile.
        var credentialsFileFromProfile = false
        /// The project id IAM gave (or the lookup cache had) when no setting names one.
        var foundProjectID: Found<String>?
        var warnings: [String] = []

        var profileSource: String {
            "profile '\(profile?.name ?? "")'\(config?.path.map { " (\($0))" } ?? "")"
        }
    }

    /// Resolves a connection; nil configuration when nothing is configured at all.
    public func resolve(_ flags: ConnectionFlags) throws(ConfigurationError) -> ResolvedConnection {
        var inputs = try gather(flags)
        return try assemble(&inputs)
    }

    /// Validates the flags and reads the config file, the profile and the credentials file.
    func gather(_ flags: ConnectionFlags) throws(ConfigurationError) -> Inputs {
        try validate(flags)
        var inputs = Inputs(flags: flags)
        let configPath = MajobsConfig.defaultPath(
            environment: environment.variables, homeDirectory: environment.homeDirectory)
        inputs.config = try loadConfig(path: configPath, warnings: &inputs.warnings)
        inputs.profile = try selectProfile(flags.profile, config: inputs.config, path: configPath)
        inputs.credentialsFile = try loadCredentialsFile(profile: inputs.profile, warnings: &inputs.warnings)
        inputs.credentialsFileFromProfile =
            inputs.profile?.credentialsFile != nil
            && environment.variable("HUAWEICLOUD_SDK_CREDENTIALS_FILE") == nil
        return inputs
    }

    /// Where the access key and secret key come from for these flags, secrets masked, even when
    /// the rest (endpoint, project) is left to flags: `AK ABCD…WXYZ from env HUAWEICLOUD_SDK_AK,
    /// SK from env HUAWEICLOUD_SDK_SK`. Nil when no key is set anywhere.
    public func keySources(_ flags: ConnectionFlags) throws(ConfigurationError) -> String? {
        let (accessKey, secretKey) = keys(try gather(flags))
        guard accessKey != nil || secretKey != nil else { return nil }
        let ak = accessKey.map { "AK \(SigningCredentials.mask($0.value)) from \($0.source)" } ?? "no AK"
        let sk = secretKey.map { "SK **** from \($0.source)" } ?? "no SK"
        return "\(ak), \(sk)"
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
                "--region \(OneLine.quoted(r)) is invalid: expected a region id such as cn-north-4")
        }
        if let p = flags.projectID {
            do { try ProjectID.validate(p) } catch {
                throw ConfigurationError("--project-id: \(error.message)")
            }
        }
        for (name, value) in [("--user", flags.user), ("--domain", flags.domain), ("--access-key", flags.accessKey)] {
            if let value, value.isEmpty || !value.isHeaderSafe {
                throw ConfigurationError("\(name) must be a non-empty value without control characters")
            }
        }
    }

    func loadConfig(path: String, warnings: inout [String]) throws(ConfigurationError) -> MajobsConfig? {
        let text: String?
        let config: MajobsConfig
        // Whatever is wrong with the file (unreadable, syntax, a value) is a config-file error: one exit code.
        do {
            text = try read(path)
            guard let text else { return nil }
            config = try MajobsConfig.parse(text, path: path)
        } catch {
            var marked = error
            marked.isConfigFile = true
            throw marked
        }
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
            throw ConfigurationError("profile \(OneLine.quoted(name)) not found in \(path) (\(list))", usage: true)
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
