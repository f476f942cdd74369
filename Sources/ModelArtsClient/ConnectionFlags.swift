import MajobsSettings
import ModelArts

/// The connection settings given on the command line (`--endpoint`, `--region`, `--project-id`,
/// `--profile`, `--auth`, `--user`, `--domain`, `--iam-endpoint`, `--access-key`). There is no field
/// for a secret key or a password: those never go on a command line (shell history, `ps`).
public struct ConnectionFlags: Hashable, Sendable {
    public var endpoint: String?
    public var region: String?
    public var projectID: String?
    public var profile: String?
    public var auth: AuthMode?
    public var user: String?
    public var domain: String?
    public var iamEndpoint: String?
    public var accessKey: String?
    /// `--api`: which training API to use (nil: the profile's `api`, else `auto`).
    public var api: APIChoice?
    /// `--read-only`: refuse every write (the profile's `read_only = true` does too).
    public var readOnly: Bool

    public init(
        endpoint: String? = nil, region: String? = nil, projectID: String? = nil, profile: String? = nil,
        auth: AuthMode? = nil, user: String? = nil, domain: String? = nil, iamEndpoint: String? = nil,
        accessKey: String? = nil, api: APIChoice? = nil, readOnly: Bool = false
    ) {
        self.endpoint = endpoint
        self.region = region
        self.projectID = projectID
        self.profile = profile
        self.auth = auth
        self.user = user
        self.domain = domain
        self.iamEndpoint = iamEndpoint
        self.accessKey = accessKey
        self.api = api
        self.readOnly = readOnly
    }

    /// True when any flag asks for a real connection (so "nothing configured" is an error, not the demo).
    public var asksForConnection: Bool {
        endpoint != nil || projectID != nil || profile != nil || auth != nil || user != nil || accessKey != nil
            || iamEndpoint != nil
    }
}
