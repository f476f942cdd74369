import MajobsSettings
import ModelArts

extension ConnectionResolver {
    /// What finding a missing project id needs: the region (the project's name in IAM), where IAM is,
    /// and the AK/SK pair that signs the question.
    public struct ProjectQuestion: Sendable {
        public var region: String
        public var iamEndpoint: ServiceEndpoint
        public var credentials: SigningCredentials
        public var profile: String?

        public init(region: String, iamEndpoint: ServiceEndpoint, credentials: SigningCredentials, profile: String?) {
            self.region = region
            self.iamEndpoint = iamEndpoint
            self.credentials = credentials
            self.profile = profile
        }

        /// The cache key of this question (profile, region, IAM endpoint, masked access key).
        public var cacheKey: String {
            ProjectIDCache.key(
                profile: profile, region: region, iam: iamEndpoint, accessKey: credentials.accessKey)
        }
    }

    /// `resolve`, finding the project id through IAM when no setting names one but a region and an AK/SK
    /// pair are known (as the official SDKs do); the cache is asked first and keeps what IAM answers.
    public func resolve(
        _ flags: ConnectionFlags, projectCache: ProjectIDCache?
    ) async throws(ConfigurationError) -> ResolvedConnection {
        var inputs = try gather(flags)
        if let question = try projectQuestion(inputs) {
            let key = question.cacheKey
            if let cached = projectCache?.projectID(for: key) {
                inputs.foundProjectID = Found(value: cached, source: "IAM lookup for \(question.region) (cached)")
            } else {
                let id = try await Self.lookUpProject(question)
                projectCache?.store(id, for: key)
                inputs.foundProjectID = Found(value: id, source: "IAM lookup for \(question.region)")
            }
        }
        return try assemble(&inputs)
    }

    /// Asks IAM once; zero or several projects, or a failed call, is one line saying what to set.
    public static func lookUpProject(_ question: ProjectQuestion) async throws(ConfigurationError) -> String {
        let lookup = ProjectLookup(iamEndpoint: question.iamEndpoint, credentials: question.credentials)
        let outcome: ProjectLookup.Outcome
        do {
            outcome = try await lookup.lookUp(region: question.region)
        } catch {
            throw ConfigurationError(
                "no project id configured, and asking IAM (\(question.iamEndpoint)) for the project of "
                    + "\(question.region) failed: \(error.message); set --project-id or project_id in the profile")
        }
        if case .found(let id) = outcome {
            do { try ProjectID.validate(id) } catch {
                throw ConfigurationError("IAM answered an invalid project id for \(question.region): \(error.message)")
            }
            return id
        }
        throw ConfigurationError(
            ProjectLookup.problem(outcome, region: question.region, iam: question.iamEndpoint) ?? "no project id")
    }

    /// The lookup these settings call for: none when a project id is set, the auth is a token, or the
    /// region or either key is missing (then `assemble` says what is missing, as before).
    func projectQuestion(_ inputs: Inputs) throws(ConfigurationError) -> ProjectQuestion? {
        let flags = inputs.flags, profile = inputs.profile, file = inputs.credentialsFile
        let configured = configuredValue(
            inputs, flag: flags.projectID, env: environment.variable("HUAWEICLOUD_SDK_PROJECT_ID"),
            file: file?.projectID, profile: profile?.projectID)
        guard configured == nil, let region = flags.region ?? profile?.region else { return nil }
        let (accessKey, secretKey) = keys(inputs)
        guard accessKey != nil, secretKey != nil else { return nil }
        let mode = flags.auth ?? profile?.auth ?? (flags.user != nil ? .token : .aksk)
        guard mode == .aksk else { return nil }
        var scratch: [String] = []
        let (authentication, _) = try signingAuthentication(
            accessKey: accessKey, secretKey: secretKey, file: file, profile: profile, warnings: &scratch)
        guard case .akSk(let credentials) = authentication else { return nil }
        let iam: ServiceEndpoint
        if let e = flags.iamEndpoint {
            iam = try ServiceEndpoint(parsing: e, what: "--iam-endpoint")
        } else if let e = environment.variable("HUAWEICLOUD_SDK_IAM_ENDPOINT") {
            iam = try ServiceEndpoint(parsing: e, what: "HUAWEICLOUD_SDK_IAM_ENDPOINT")
        } else if let e = profile?.iamEndpoint {
            iam = e
        } else {
            iam = try ServiceEndpoint(parsing: RegionEndpoints.iam(region: region))
        }
        return ProjectQuestion(region: region, iamEndpoint: iam, credentials: credentials, profile: profile?.name)
    }

    /// `precedence` over plain values.
    private func configuredValue(
        _ inputs: Inputs, flag: String?, env: String?, file: String?, profile: String?
    ) -> String? {
        let found = precedence(
            inputs, flag: flag.map { Found(value: $0, source: "") }, env: env.map { Found(value: $0, source: "") },
            file: file.map { Found(value: $0, source: "") }, profile: profile.map { Found(value: $0, source: "") })
        return found?.value
    }
}
