import MajobsSettings
import ModelArts

/// Everything the HTTP client needs to talk to one ModelArts project: where, as whom, and how
/// patiently. Validated at construction; its description never shows a secret.
public struct ClientConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// How requests are authenticated.
    public enum Authentication: Sendable, CustomStringConvertible {
        /// AK/SK request signing (SDK-HMAC-SHA256), optionally with temporary credentials.
        case akSk(SigningCredentials)
        /// An IAM token fetched with a user's password.
        case token(TokenCredentials)

        public var description: String {
            switch self {
            case .akSk(let c): return "aksk(\(c))"
            case .token(let c): return "token(\(c))"
            }
        }
    }

    /// The version reported in the `User-Agent` header.
    public static let majobsVersion = "0.1.0"
    public static let defaultUserAgent = "majobs/\(majobsVersion)"

    public var endpoint: ServiceEndpoint
    public var projectID: String
    public var authentication: Authentication
    /// The time to establish a TCP (and TLS) connection.
    public var connectTimeout: Duration
    /// The time for one attempt, from sending to the last body byte.
    public var requestTimeout: Duration
    public var retry: RetryPolicy
    public var userAgent: String
    /// True to refuse every write before sending it (`--read-only`, `read_only = true` in the profile).
    public var readOnly: Bool

    /// Validates the endpoint URL and the project id; every problem is a one-line error.
    public init(
        endpoint: String, projectID: String, authentication: Authentication, connectTimeout: Duration = .seconds(5),
        requestTimeout: Duration = .seconds(15), retry: RetryPolicy = .standard, userAgent: String = defaultUserAgent,
        readOnly: Bool = false
    ) throws(ConfigurationError) {
        try self.init(
            endpoint: try ServiceEndpoint(parsing: endpoint), projectID: projectID, authentication: authentication,
            connectTimeout: connectTimeout, requestTimeout: requestTimeout, retry: retry, userAgent: userAgent,
            readOnly: readOnly)
    }

    /// Validates the project id and the timeouts.
    public init(
        endpoint: ServiceEndpoint, projectID: String, authentication: Authentication,
        connectTimeout: Duration = .seconds(5),
        requestTimeout: Duration = .seconds(15), retry: RetryPolicy = .standard, userAgent: String = defaultUserAgent,
        readOnly: Bool = false
    ) throws(ConfigurationError) {
        try ProjectID.validate(projectID)
        guard connectTimeout > .zero else {
            throw ConfigurationError("connect timeout must be a positive number of seconds")
        }
        guard requestTimeout > .zero else {
            throw ConfigurationError("request timeout must be a positive number of seconds")
        }
        if case .akSk(let c) = authentication {
            guard !c.accessKey.isEmpty, !c.secretKey.isEmpty else {
                throw ConfigurationError("the access key and the secret key must not be empty")
            }
            guard c.accessKey.isHeaderSafe, c.secretKey.isHeaderSafe, (c.securityToken ?? "").isHeaderSafe
            else {
                throw ConfigurationError("the access key, secret key or security token holds control characters")
            }
        }
        self.endpoint = endpoint
        self.projectID = projectID
        self.authentication = authentication
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.userAgent = userAgent
        self.readOnly = readOnly
    }

    public var description: String {
        "ClientConfiguration(endpoint: \(endpoint), projectID: \(projectID), auth: \(authentication), "
            + "connectTimeout: \(connectTimeout.inSeconds)s, requestTimeout: \(requestTimeout.inSeconds)s, "
            + "retries: \(retry.maxAttempts) attempts, userAgent: \(userAgent)\(readOnly ? ", read-only" : ""))"
    }

    public var debugDescription: String { description }
}
