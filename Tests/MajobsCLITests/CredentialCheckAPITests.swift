import MajobsSettings
import ModelArtsClient
import ModelArtsEmulator
import Testing

@testable import MajobsCLI

/// `configure`'s one check call passes on an account that has only the v2 API and on one that has only
/// v1, and fails on a wrong key: the list it makes follows the API the account has.
@Suite("configure's credential check on v1-only and v2-only accounts", .serialized)
struct CredentialCheckAPITests {
    static let identity = EmulatorIdentity.demo

    static func check(apis: Set<EmulatorAPI>, secretKey: String = identity.secretKey) async throws
        -> CredentialCheck.Outcome
    {
        var configuration = EmulatorConfiguration(jobCount: 7, identity: identity)
        configuration.apis = apis
        let server = try await EmulatorServer.start(configuration)
        let draft = ConfigureDraft(
            profile: "lab", region: "cn-north-4", endpoint: try ServiceEndpoint(parsing: server.endpoint),
            iamEndpoint: try ServiceEndpoint(parsing: server.endpoint), auth: .aksk,
            accessKey: identity.accessKey, secretKey: secretKey, projectID: identity.projectID)
        let outcome = await CredentialCheck.run(draft, password: nil)
        await server.stop()
        return outcome
    }

    static func passedLine(_ outcome: CredentialCheck.Outcome) -> String? {
        if case .passed(let line, _) = outcome { return line }
        return nil
    }

    static func failedLine(_ outcome: CredentialCheck.Outcome) -> String? {
        if case .failed(let line) = outcome { return line }
        return nil
    }

    @Test("an account with only the v2 API passes, counting its v2 jobs")
    func v2Only() async throws {
        let outcome = try await Self.check(apis: [.v2])
        let line = try #require(Self.passedLine(outcome), "expected a pass, got \(outcome)")
        #expect(line.contains("(7 jobs)"))
    }

    @Test("an account with only the v1 API passes, counting its v1 jobs")
    func v1Only() async throws {
        let outcome = try await Self.check(apis: [.v1])
        let line = try #require(Self.passedLine(outcome), "expected a pass, got \(outcome)")
        #expect(line.contains("(7 jobs)"))
    }

    @Test("a wrong secret key fails in one line")
    func wrongKey() async throws {
        let outcome = try await Self.check(apis: [.v1, .v2], secretKey: "wrong-secret-key-000000000000000000000")
        let line = try #require(Self.failedLine(outcome), "expected a failure, got \(outcome)")
        #expect(!line.contains("\n"))
        #expect(line.contains("failed"))
    }
}
