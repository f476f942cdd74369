/// The one account the emulator accepts: a project, an AK/SK pair and an IAM user.
/// Its descriptions never show the secret key or the password.
public struct EmulatorIdentity: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public var projectID: String
    public var accessKey: String
    public var secretKey: String
    public var userName: String
    public var password: String
    public var domainName: String

    public init(
        projectID: String, accessKey: String, secretKey: String, userName: String, password: String,
        domainName: String
    ) {
        self.projectID = projectID
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.userName = userName
        self.password = password
        self.domainName = domainName
    }

    /// The fixed demo account: public values, documented in the README, fine to print.
    public static let demo = EmulatorIdentity(
        projectID: "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        accessKey: "MAJOBSDEMOACCESSKEY0",
        secretKey: "majobs-demo-secret-key-0000000000000000",
        userName: "demo",
        password: "demo-password",
        domainName: "demo"
    )

    public var description: String {
        "EmulatorIdentity(projectID: \(projectID), accessKey: \(accessKey), secretKey: ***, "
            + "userName: \(userName), password: ***, domainName: \(domainName))"
    }

    public var debugDescription: String { description }
}
