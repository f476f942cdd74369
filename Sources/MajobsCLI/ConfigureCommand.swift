import ArgumentParser
import MajobsSettings
import ModelArtsClient

/// `majobs configure`: asks for a profile's region, auth and keys, checks them with one real call, and
/// writes the profile (secrets to a 0600 credentials file). `--non-interactive` takes flags and the
/// environment instead, for scripts.
struct ConfigureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "configure",
        abstract: "Create or edit a profile: region, auth and keys, checked with one real call.",
        discussion: """
            Asks for the profile name, the region, the auth type and the keys (the secret key without echo); \
            running it again edits the profile, showing the current values (secrets masked) as defaults. \
            It checks the credentials with one signed request (finding the project id in IAM when none is \
            given) and writes nothing if that fails, unless --save-anyway. The profile goes to \
            $XDG_CONFIG_HOME/majobs/config.toml; the access and secret keys go to \
            ~/.huaweicloud/credentials-PROFILE (mode 0600), never to the TOML unless --secrets-in-config. \
            With --non-interactive the answers come from the flags and the environment: HUAWEICLOUD_SDK_AK, \
            HUAWEICLOUD_SDK_SK (the secret key is never a flag), HUAWEICLOUD_SDK_PROJECT_ID, \
            HUAWEICLOUD_SDK_PASSWORD (token auth).
            """)

    @Option(help: "Profile to create or edit (default: the default profile, else 'default').", completion: .profiles)
    var profile: String?

    @Option(help: "Region, e.g. cn-north-4.")
    var region: String?

    @Option(help: ArgumentHelp("ModelArts endpoint, when not the region's.", valueName: "url"))
    var endpoint: String?

    @Option(
        name: .customLong("iam-endpoint"), help: ArgumentHelp("IAM endpoint, when not the region's.", valueName: "url"))
    var iamEndpoint: String?

    @Option(help: "Authentication: aksk or token.")
    var auth: AuthMode?

    @Option(name: .customLong("access-key"), help: "Access key id (the secret key comes from HUAWEICLOUD_SDK_SK).")
    var accessKey: String?

    @Option(name: .customLong("project-id"), help: "Project id (default: looked up in IAM by region).")
    var projectID: String?

    @Option(help: "IAM user name (token auth).")
    var user: String?

    @Option(help: "IAM account (domain) name (token auth).")
    var domain: String?

    @Flag(name: .customLong("default"), help: "Make this profile the default one.")
    var makeDefault = false

    @Flag(name: .customLong("non-interactive"), help: "Ask nothing: take the flags and the environment.")
    var nonInteractive = false

    @Flag(name: .customLong("secrets-in-config"), help: "Write the secret key into the TOML config (made 0600).")
    var secretsInConfig = false

    @Flag(name: .customLong("save-anyway"), help: "Write the profile even when the credential check fails.")
    var saveAnyway = false

    func run() async throws {
        guard nonInteractive || TerminalConfigureIO.isInteractive else {
            StandardError().write(
                "majobs: error: configure asks questions on a terminal; for scripts use --non-interactive with "
                    + "flags and HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK\n")
            throw ExitCode(64)
        }
        let given = ConfigureGiven(
            profile: profile, region: region, endpoint: endpoint, iamEndpoint: iamEndpoint, auth: auth,
            accessKey: accessKey, projectID: projectID, user: user, domain: domain, makeDefault: makeDefault)
        let session = ConfigureSession(
            io: TerminalConfigureIO(), interactive: !nonInteractive, given: given, environment: .process(),
            secretsInConfig: secretsInConfig, saveAnyway: saveAnyway)
        let status = await session.run()
        if status != 0 { throw ExitCode(status) }
    }
}
