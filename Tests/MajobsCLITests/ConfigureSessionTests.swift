import Foundation
import MajobsSettings
import ModelArtsClient
import ModelArtsEmulator
import Testing
import TestSupport

@testable import MajobsCLI

/// A terminal that answers from a script and records everything shown, prompts included.
final class ScriptedIO: ConfigureIO, @unchecked Sendable {
    var answers: [String]
    var shown: [String] = []
    var secretPrompts: [String] = []

    init(_ answers: [String]) { self.answers = answers }

    func say(_ line: String) { shown.append(line) }
    func fail(_ line: String) { shown.append(line) }
    func ask(_ prompt: String) -> String? {
        shown.append(prompt)
        return answers.isEmpty ? nil : answers.removeFirst()
    }
    func askSecret(_ prompt: String) -> String? {
        secretPrompts.append(prompt)
        return ask(prompt)
    }

    var text: String { shown.joined(separator: "\n") }
}

@Suite("majobs configure, driven in-process against the emulator", .serialized)
struct ConfigureSessionTests {
    static let identity = EmulatorIdentity.demo

    static func environment(_ home: TempHome, _ extra: [String: String] = [:]) -> ResolverEnvironment {
        let variables = ["XDG_CONFIG_HOME": home.path + "/.config", "XDG_CACHE_HOME": home.path + "/.cache"]
        return ResolverEnvironment(
            variables: variables.merging(extra) { _, new in new }, homeDirectory: home.path,
            promptPassword: { _ in "unused" })
    }

    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func withEmulator(_ body: (EmulatorServer) async throws -> Void) async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 12, identity: identity))
        do {
            try await body(server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// Answers for a new AK/SK profile on the emulator: name, region, endpoint, IAM endpoint, auth, AK, SK,
    /// project id (Enter: look it up).
    static func newProfileAnswers(_ endpoint: String, secret: String = identity.secretKey) -> [String] {
        ["work", "1", endpoint, endpoint, "", identity.accessKey, secret, ""]
    }

    @Test("a new profile: the check finds the project in IAM, the profile and a 0600 credentials file are written")
    func newProfile() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let io = ScriptedIO(Self.newProfileAnswers(server.endpoint))
            let session = ConfigureSession(
                io: io, interactive: true, given: ConfigureGiven(), environment: Self.environment(home))
            #expect(await session.run() == 0, "\(io.text)")
            #expect(io.text.contains("cn-north-4       Beijing-4      https://modelarts.cn-north-4.myhuaweicloud.com"))
            #expect(
                io.text.contains("check passed: a signed request as MAJO…KEY0 found project \(Self.identity.projectID)")
            )
            #expect(io.secretPrompts == ["Secret key (SK, not shown): "])
            #expect(!io.text.contains(Self.identity.secretKey))
            #expect(server.service.requestCount == 1)
            let configPath = home.path + "/.config/majobs/config.toml"
            let credentials = home.path + "/.huaweicloud/credentials-work"
            let config = try MajobsConfig.parse(try #require(Self.read(configPath)), path: configPath)
            let profile = try #require(config.profiles["work"])
            #expect(config.defaultProfile == "work")
            #expect(profile.region == "cn-north-4" && profile.projectID == Self.identity.projectID)
            #expect(profile.endpoint?.url == server.endpoint && profile.iamEndpoint?.url == server.endpoint)
            #expect(profile.credentialsFile == "~/.huaweicloud/credentials-work")
            #expect(profile.accessKey == nil && profile.secretKey == nil)
            #expect(!(Self.read(configPath) ?? "").contains(Self.identity.secretKey))
            #expect(Self.mode(credentials) == 0o600)
            let file = CredentialsFile.parse(try #require(Self.read(credentials)), path: credentials)
            #expect(file.accessKey == Self.identity.accessKey && file.secretKey == Self.identity.secretKey)
            // What was written resolves to a working connection with no flags at all.
            let resolved = try ConnectionResolver(environment: Self.environment(home)).resolve(ConnectionFlags())
            #expect(resolved.configuration?.projectID == Self.identity.projectID)
        }
    }

    @Test("running it again shows the current values, the secret masked, and Enter keeps them")
    func rerunEdits() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let first = ScriptedIO(Self.newProfileAnswers(server.endpoint))
            let environment = Self.environment(home)
            #expect(
                await ConfigureSession(io: first, interactive: true, given: .init(), environment: environment).run()
                    == 0)
            let before = Self.read(home.path + "/.huaweicloud/credentials-work")
            let again = ScriptedIO(["", "", "", "", "", "", "", ""])
            #expect(
                await ConfigureSession(io: again, interactive: true, given: .init(), environment: environment).run()
                    == 0)
            let prompts = again.shown
            #expect(prompts.contains("Profile name [work]: "), "\(again.text)")
            #expect(prompts.contains("Editing profile 'work': Enter keeps [the current value]."))
            #expect(prompts.contains("Region (a number above or a region id) [cn-north-4]: "))
            #expect(prompts.contains("Access key (AK) [MAJO…KEY0]: "))
            #expect(prompts.contains("Secret key (SK, not shown) [****0000]: "))
            #expect(prompts.contains("Project id [\(Self.identity.projectID)]: "))
            #expect(!again.text.contains(Self.identity.secretKey))
            // The project id is known now: the check is a v1 list of one job, not a lookup.
            #expect(again.text.contains("listed the jobs of project \(Self.identity.projectID) (12 jobs)"))
            #expect(Self.read(home.path + "/.huaweicloud/credentials-work") == before)
        }
    }

    @Test("a failed check writes nothing; --save-anyway writes it regardless")
    func failedCheck() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let io = ScriptedIO(Self.newProfileAnswers(server.endpoint, secret: "wrong-secret-key-000") + ["n"])
            let environment = Self.environment(home)
            #expect(
                await ConfigureSession(io: io, interactive: true, given: .init(), environment: environment).run() == 1)
            #expect(io.text.contains("check failed: no project id configured, and asking IAM"), "\(io.text)")
            #expect(io.text.contains("HTTP 401 APIGW.0301"))
            #expect(io.text.contains("nothing written"))
            #expect(!FileManager.default.fileExists(atPath: home.path + "/.config"))
            #expect(!FileManager.default.fileExists(atPath: home.path + "/.huaweicloud"))
            let yes = ScriptedIO(Self.newProfileAnswers(server.endpoint, secret: "wrong-secret-key-000") + ["y"])
            #expect(
                await ConfigureSession(io: yes, interactive: true, given: .init(), environment: environment).run() == 0)
            #expect(FileManager.default.fileExists(atPath: home.path + "/.config/majobs/config.toml"))
        }
    }

    @Test("--non-interactive takes flags and the environment (the secret key only from it) and asks nothing")
    func nonInteractive() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let given = ConfigureGiven(
                profile: "ci", region: "cn-north-4", endpoint: server.endpoint, iamEndpoint: server.endpoint,
                accessKey: Self.identity.accessKey)
            let missing = ScriptedIO([])
            let noSecret = ConfigureSession(
                io: missing, interactive: false, given: given, environment: Self.environment(home))
            #expect(await noSecret.run() == 64)
            #expect(missing.text.contains("--non-interactive needs HUAWEICLOUD_SDK_SK"), "\(missing.text)")
            let io = ScriptedIO([])
            let environment = Self.environment(home, ["HUAWEICLOUD_SDK_SK": Self.identity.secretKey])
            let session = ConfigureSession(
                io: io, interactive: false, given: given, environment: environment, secretsInConfig: true)
            #expect(await session.run() == 0, "\(io.text)")
            #expect(!io.shown.contains { $0.hasSuffix(": ") })
            let configPath = home.path + "/.config/majobs/config.toml"
            let config = try MajobsConfig.parse(try #require(Self.read(configPath)), path: configPath)
            #expect(config.profiles["ci"]?.secretKey == Self.identity.secretKey)
            #expect(Self.mode(configPath) == 0o600)
        }
    }

    @Test("token auth asks for the user, the account and the password (not stored), and checks with a token")
    func tokenAuth() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let io = ScriptedIO([
                "lab", "cn-north-4", server.endpoint, server.endpoint, "token", Self.identity.userName,
                Self.identity.domainName, Self.identity.projectID, Self.identity.password,
            ])
            #expect(
                await ConfigureSession(io: io, interactive: true, given: .init(), environment: Self.environment(home))
                    .run() == 0, "\(io.text)")
            #expect(io.text.contains("check passed: IAM (\(server.endpoint)) issued a token for demo (account demo)"))
            let text = try #require(Self.read(home.path + "/.config/majobs/config.toml"))
            #expect(text.contains("auth = \"token\"") && text.contains("user = \"demo\""))
            #expect(!text.contains(Self.identity.password))
            #expect(!FileManager.default.fileExists(atPath: home.path + "/.huaweicloud"))
        }
    }
}
