import MajobsSettings
import ModelArts
import ModelArtsClient

/// What `majobs configure` is about to write for one profile, with the secrets it needs for the check.
/// Its description never shows a secret.
struct ConfigureDraft: Equatable, CustomStringConvertible {
    var profile: String
    var region: String?
    /// The ModelArts endpoint, only when it is not the one the region gives.
    var endpoint: ServiceEndpoint?
    /// The IAM endpoint, only when it is not the one the region gives.
    var iamEndpoint: ServiceEndpoint?
    var auth: AuthMode = .aksk
    var accessKey: String?
    var secretKey: String?
    var projectID: String?
    var user: String?
    var domain: String?

    /// The endpoint requests go to: the explicit one, else the region's.
    var effectiveEndpoint: ServiceEndpoint? {
        if let endpoint { return endpoint }
        return region.flatMap { try? ServiceEndpoint(parsing: RegionEndpoints.modelArts(region: $0)) }
    }

    /// The IAM endpoint: the explicit one, else the region's.
    var effectiveIAMEndpoint: ServiceEndpoint? {
        if let iamEndpoint { return iamEndpoint }
        return region.flatMap { try? ServiceEndpoint(parsing: RegionEndpoints.iam(region: $0)) }
    }

    var description: String {
        "ConfigureDraft(profile: \(profile), region: \(region ?? "-"), endpoint: \(endpoint?.url ?? "-"), "
            + "auth: \(auth.rawValue), accessKey: \(accessKey.map { SigningCredentials.mask($0) } ?? "-"), "
            + "secretKey: \(secretKey == nil ? "-" : "***"), projectID: \(projectID ?? "-"))"
    }

    /// `****1234`: enough to recognise a secret, not to use it (nothing for short ones).
    static func maskSecret(_ secret: String) -> String {
        secret.count >= 12 ? "****" + secret.suffix(4) : "****"
    }
}

/// What a profile already holds, read before asking, so a second run edits it with the current values.
struct ExistingProfile {
    var profile: MajobsConfig.Profile?
    /// The `[basic]` keys of the credentials file the profile names, if it exists.
    var credentials: CredentialsFile?

    var accessKey: String? { profile?.accessKey ?? credentials?.accessKey }
    var secretKey: String? { profile?.secretKey ?? credentials?.secretKey }

    /// Reads the profile's credentials file through the resolver's environment (no file: nil).
    init(profile: MajobsConfig.Profile?, environment: ResolverEnvironment) {
        self.profile = profile
        if let path = profile?.credentialsFile {
            let expanded = PathText.expand(path, home: environment.homeDirectory)
            credentials = (try? environment.readFile(expanded)).map {
                CredentialsFile.parse($0, path: expanded)
            }
        }
    }
}
