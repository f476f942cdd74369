import MajobsSettings
import ModelArts
import Synchronization

extension ConnectionResolver {
    /// Picks each setting from the first source that has it and builds the configuration.
    func assemble(_ inputs: inout Inputs) throws(ConfigurationError) -> ResolvedConnection {
        let flags = inputs.flags, profile = inputs.profile, file = inputs.credentialsFile
        let profileSource = inputs.profileSource
        let region =
            flags.region.map { Found(value: $0, source: "--region") }
            ?? profile?.region.map { Found(value: $0, source: profileSource) }
        let (accessKey, secretKey) = keys(inputs)
        let mode =
            flags.auth ?? profile?.auth ?? (flags.user != nil ? .token : nil)
            ?? ((accessKey == nil && secretKey == nil && profile?.user != nil) ? .token : nil)
        let result = ResolvedConnection(
            configuration: nil, sourceDescription: "nothing configured: demo", warnings: inputs.warnings,
            config: inputs.config, profileName: profile?.name, region: region?.value,
            apiChoice: flags.api ?? profile?.api ?? .auto, readOnly: flags.readOnly || profile?.readOnly == true)
        if mode == nil, accessKey == nil, secretKey == nil {
            guard flags.asksForConnection || profile != nil else { return result }
            // A credentials file that exists but is empty is the likelier mistake: say so first.
            if let reason = file?.missingKeysReason {
                throw ConfigurationError(
                    "\(reason), or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK")
            }
            throw ConfigurationError(
                "no credentials found: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, add [basic] ak/sk to "
                    + "~/.huaweicloud/credentials, use a profile, or --auth token with --user")
        }
        let projectID =
            precedence(
                inputs,
                flag: flags.projectID.map { Found(value: $0, source: "--project-id") },
                env: environment.variable("HUAWEICLOUD_SDK_PROJECT_ID").map {
                    Found(value: $0, source: "env HUAWEICLOUD_SDK_PROJECT_ID")
                },
                file: file?.projectID.map { Found(value: $0, source: "\(file?.path ?? "") [basic]") },
                profile: profile?.projectID.map { Found(value: $0, source: profileSource) }) ?? inputs.foundProjectID
        guard let projectID else {
            throw ConfigurationError(
                "no project id: set --project-id, HUAWEICLOUD_SDK_PROJECT_ID, project_id in [basic] of the "
                    + "credentials file, or project_id in the profile")
        }
        do { try ProjectID.validate(projectID.value) } catch {
            throw ConfigurationError("\(error.message) (from \(projectID.source))")
        }
        let endpoint = try resolveEndpoint(flags: flags, profile: profile, region: region, profileSource: profileSource)
        let authentication: ClientConfiguration.Authentication
        let authSource: String
        if mode == .token {
            (authentication, authSource) = try tokenAuthentication(
                flags: flags, profile: profile, region: region, profileSource: profileSource)
        } else {
            (authentication, authSource) = try signingAuthentication(
                accessKey: accessKey, secretKey: secretKey, file: file, profile: profile, warnings: &inputs.warnings)
        }
        let configuration = try ClientConfiguration(
            endpoint: endpoint.value, projectID: projectID.value, authentication: authentication,
            connectTimeout: connectTimeout, requestTimeout: requestTimeout, retry: retry, readOnly: result.readOnly)
        var resolved = result
        resolved.configuration = configuration
        resolved.warnings = inputs.warnings
        resolved.sourceDescription = "\(authSource), project \(projectID.source), endpoint \(endpoint.source)"
        return resolved
    }

    /// The access key and secret key, each from the first source that has it.
    func keys(_ inputs: Inputs) -> (accessKey: Found<String>?, secretKey: Found<String>?) {
        let flags = inputs.flags, profile = inputs.profile, file = inputs.credentialsFile
        let profileSource = inputs.profileSource
        let accessKey = precedence(
            inputs,
            flag: flags.accessKey.map { Found(value: $0, source: "--access-key") },
            env: environment.variable("HUAWEICLOUD_SDK_AK").map { Found(value: $0, source: "env HUAWEICLOUD_SDK_AK") },
            file: file?.accessKey.map { Found(value: $0, source: "\(file?.path ?? "") [basic]") },
            profile: profile?.accessKey.map { Found(value: $0, source: profileSource) })
        let secretKey = precedence(
            inputs,
            flag: nil,
            env: environment.variable("HUAWEICLOUD_SDK_SK").map { Found(value: $0, source: "env HUAWEICLOUD_SDK_SK") },
            file: file?.secretKey.map { Found(value: $0, source: "\(file?.path ?? "") [basic]") },
            profile: profile?.secretKey.map { Found(value: $0, source: profileSource) })
        return (accessKey, secretKey)
    }

    /// One setting from its four sources in the documented order: flag, env, credentials file, profile;
    /// with a profile selected: flag, profile (and the file it names), env, shared credentials file.
    func precedence<T>(
        _ inputs: Inputs, flag: Found<T>?, env: Found<T>?, file: Found<T>?, profile: Found<T>?
    ) -> Found<T>? {
        guard inputs.profile != nil else { return first([flag, env, file, profile]) }
        return inputs.credentialsFileFromProfile
            ? first([flag, profile, file, env]) : first([flag, profile, env, file])
    }

    /// Which kind of source a setting came from: `env`, a file path, or a profile.
    static func origin(_ source: String) -> String {
        source.hasPrefix("env ") ? "env" : source
    }

    func first<T>(_ candidates: [Found<T>?]) -> Found<T>? {
        for case let c? in candidates { return c }
        return nil
    }

    func resolveEndpoint(
        flags: ConnectionFlags, profile: MajobsConfig.Profile?, region: Found<String>?, profileSource: String
    ) throws(ConfigurationError) -> Found<ServiceEndpoint> {
        if let e = flags.endpoint {
            return Found(value: try ServiceEndpoint(parsing: e, what: "--endpoint"), source: "--endpoint")
        }
        if let region {
            let name = RegionEndpoints.overrideVariable(region: region.value)
            if let raw = environment.variable(name) {
                // The SDKs accept a comma-separated list; the first one is used.
                let text = String(raw.split(separator: ",").first ?? Substring(raw)).trimmingWhitespace()
                return Found(value: try ServiceEndpoint(parsing: text, what: name), source: "env \(name)")
            }
        }
        if let e = profile?.endpoint { return Found(value: e, source: profileSource) }
        if let region {
            let url = RegionEndpoints.modelArts(region: region.value)
            return Found(value: try ServiceEndpoint(parsing: url), source: "region \(region.value) (\(region.source))")
        }
        throw ConfigurationError("no endpoint: set --endpoint or --region, or endpoint or region in the profile")
    }

    func signingAuthentication(
        accessKey: Found<String>?, secretKey: Found<String>?, file: CredentialsFile?, profile: MajobsConfig.Profile?,
        warnings: inout [String]
    ) throws(ConfigurationError) -> (ClientConfiguration.Authentication, String) {
        guard let accessKey else {
            throw ConfigurationError(
                "no access key: set HUAWEICLOUD_SDK_AK, --access-key, ak in the credentials file "
                    + "or access_key in the profile")
        }
        guard let secretKey else {
            throw ConfigurationError(
                "no secret key for access key \(SigningCredentials.mask(accessKey.value)): set HUAWEICLOUD_SDK_SK, "
                    + "sk in the credentials file or secret_key in the profile (never on the command line)")
        }
        if Self.origin(accessKey.source) != Self.origin(secretKey.source) && accessKey.source != "--access-key" {
            warnings.append("the access key comes from \(accessKey.source) but the secret key from \(secretKey.source)")
        }
        // The security token belongs with the secret key it was issued with.
        let token: String?
        switch secretKey.source {
        case "env HUAWEICLOUD_SDK_SK": token = environment.variable("HUAWEICLOUD_SDK_SECURITY_TOKEN")
        case _ where secretKey.source.hasPrefix("profile"): token = profile?.securityToken
        default: token = file?.securityToken
        }
        let credentials = SigningCredentials(
            accessKey: accessKey.value, secretKey: secretKey.value, securityToken: token)
        let temporary = token == nil ? "" : ", temporary"
        return (.akSk(credentials), "\(accessKey.source) (\(SigningCredentials.mask(accessKey.value))\(temporary))")
    }

    func tokenAuthentication(
        flags: ConnectionFlags, profile: MajobsConfig.Profile?, region: Found<String>?, profileSource: String
    ) throws(ConfigurationError) -> (ClientConfiguration.Authentication, String) {
        guard let user = flags.user ?? profile?.user else {
            throw ConfigurationError("token authentication needs a user: --user or user in the profile")
        }
        guard let domain = flags.domain ?? profile?.domain else {
            throw ConfigurationError(
                "token authentication needs the account (domain) name: --domain or domain in the profile")
        }
        let iam: Found<ServiceEndpoint>
        if let e = flags.iamEndpoint {
            iam = Found(value: try ServiceEndpoint(parsing: e, what: "--iam-endpoint"), source: "--iam-endpoint")
        } else if let e = environment.variable("HUAWEICLOUD_SDK_IAM_ENDPOINT") {
            let value = try ServiceEndpoint(parsing: e, what: "HUAWEICLOUD_SDK_IAM_ENDPOINT")
            iam = Found(value: value, source: "env HUAWEICLOUD_SDK_IAM_ENDPOINT")
        } else if let e = profile?.iamEndpoint {
            iam = Found(value: e, source: profileSource)
        } else if let region {
            iam = Found(
                value: try ServiceEndpoint(parsing: RegionEndpoints.iam(region: region.value)),
                source: "region \(region.value)")
        } else {
            throw ConfigurationError(
                "token authentication needs an IAM endpoint: --iam-endpoint, HUAWEICLOUD_SDK_IAM_ENDPOINT or a region")
        }
        let password: @Sendable () throws -> String
        let passwordSource: String
        if let fromEnv = environment.variables["HUAWEICLOUD_SDK_PASSWORD"], !fromEnv.isEmpty {
            password = { fromEnv }
            passwordSource = "env HUAWEICLOUD_SDK_PASSWORD"
        } else {
            // Asked once, when the first token is needed, then kept for refreshes.
            let prompt = environment.promptPassword
            let remembered = Mutex<String?>(nil)
            let text = "Password for \(user) (account \(domain)): "
            password = {
                if let known = remembered.withLock({ $0 }) { return known }
                let entered = try prompt(text)
                remembered.withLock { $0 = entered }
                return entered
            }
            passwordSource = "prompt"
        }
        let credentials = TokenCredentials(
            userName: user, domainName: domain, password: password, iamEndpoint: iam.value)
        return (.token(credentials), "token for \(user)@\(domain) (password from \(passwordSource), IAM \(iam.source))")
    }
}
