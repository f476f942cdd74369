import ArgumentParser
import MajobsSettings
import ModelArts
import ModelArtsClient

extension AuthMode: ExpressibleByArgument {}
extension APIChoice: ExpressibleByArgument {}

/// The connection flags every command shares. There is deliberately no flag for a secret key or a
/// password: command lines are visible to other users (`ps`) and stay in shell history.
struct ConnectionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "ModelArts endpoint, e.g. https://modelarts.cn-north-4.myhuaweicloud.com.",
            valueName: "url"))
    var endpoint: String?

    @Option(help: "Region, e.g. cn-north-4 (gives the default endpoint).")
    var region: String?

    @Option(name: .customLong("project-id"), help: "Project id (HUAWEICLOUD_SDK_PROJECT_ID).")
    var projectID: String?

    @Option(help: "Profile in $XDG_CONFIG_HOME/majobs/config.toml.", completion: .profiles)
    var profile: String?

    @Option(help: "Authentication: aksk (request signing) or token (IAM password).")
    var auth: AuthMode?

    @Option(help: "IAM user name (token auth); the password comes from HUAWEICLOUD_SDK_PASSWORD or a prompt.")
    var user: String?

    @Option(help: "IAM account (domain) name (token auth).")
    var domain: String?

    @Option(name: .customLong("iam-endpoint"), help: "IAM endpoint for token auth.")
    var iamEndpoint: String?

    @Option(name: .customLong("access-key"), help: "Access key id (the secret key never goes on the command line).")
    var accessKey: String?

    @Option(
        help: ArgumentHelp(
            "Training API: auto (v2, else v1 where the account has no v2), v1 (old jobs) or v2 (current jobs); "
                + "default: the profile's api, else auto."))
    var api: APIChoice?

    @Flag(
        name: .customLong("read-only"),
        help: "Refuse every write (stop, delete) before sending it; also read_only = true in a profile.")
    var readOnly = false

    @Flag(help: "Use the built-in demo emulator, whatever is configured.")
    var demo = false

    @Option(help: ArgumentHelp("Write a log to this file (never to the screen).", valueName: "file"))
    var log: String?

    /// Checks the flags' own syntax at parse time, so a malformed endpoint or project id is a usage
    /// error (exit 64) for every command, before any file is read or anything is sent.
    func validate() throws {
        do {
            if let endpoint { _ = try ServiceEndpoint(parsing: endpoint, what: "--endpoint") }
            if let iamEndpoint { _ = try ServiceEndpoint(parsing: iamEndpoint, what: "--iam-endpoint") }
        } catch {
            throw ValidationError(error.message)
        }
        if let projectID {
            do { try ProjectID.validate(projectID) } catch {
                throw ValidationError("--project-id: \(error.message)")
            }
        }
    }

    var flags: ConnectionFlags {
        ConnectionFlags(
            endpoint: endpoint, region: region, projectID: projectID, profile: profile, auth: auth, user: user,
            domain: domain, iamEndpoint: iamEndpoint, accessKey: accessKey, api: api, readOnly: readOnly)
    }
}
