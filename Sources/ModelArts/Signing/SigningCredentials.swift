/// An access key / secret key pair, optionally temporary (with a security token).
/// Its descriptions never show the secret key or the token.
public struct SigningCredentials: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public var accessKey: String
    public var secretKey: String
    public var securityToken: String?

    public init(accessKey: String, secretKey: String, securityToken: String? = nil) {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.securityToken = securityToken
    }

    public var description: String {
        "SigningCredentials(accessKey: \(Self.mask(accessKey)), secretKey: ***\(securityToken == nil ? "" : ", securityToken: ***"))"
    }

    public var debugDescription: String { description }

    /// `AKTE…0001`: enough to tell keys apart, not enough to use one.
    public static func mask(_ key: String) -> String {
        guard key.count > 8 else { return String(repeating: "*", count: max(key.count, 3)) }
        return "\(key.prefix(4))…\(key.suffix(4))"
    }
}
