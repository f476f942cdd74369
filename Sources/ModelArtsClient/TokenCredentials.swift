import MajobsSettings

/// An IAM user for token (password) authentication. The password is fetched only when a token is
/// needed, from a closure (environment or no-echo prompt), so it is never stored in a description.
public struct TokenCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public var userName: String
    /// The account (domain) name the user belongs to.
    public var domainName: String
    public var password: @Sendable () throws -> String
    /// Base URL of IAM, e.g. `https://iam.cn-north-4.myhuaweicloud.com`.
    public var iamEndpoint: ServiceEndpoint

    public init(
        userName: String, domainName: String, password: @escaping @Sendable () throws -> String,
        iamEndpoint: ServiceEndpoint
    ) {
        self.userName = userName
        self.domainName = domainName
        self.password = password
        self.iamEndpoint = iamEndpoint
    }

    public var description: String {
        "TokenCredentials(user: \(userName), domain: \(domainName), password: ***, iam: \(iamEndpoint))"
    }

    public var debugDescription: String { description }
}
