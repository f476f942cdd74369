import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// `majobs list` with a region and keys but no project id: the real binary asks IAM (the emulator's
/// `GET /v3/projects`) once, lists with the id it found, and asks no more on the next run (the cache).
@Suite("majobs list finds the project id, run as a real process", .serialized)
struct ListProjectLookupTests {
    static let identity = EmulatorIdentity.demo

    static func environment(_ home: TempHome, endpoint: String) -> [String: String] {
        var env = home.environment
        env["XDG_CACHE_HOME"] = home.path + "/.cache"
        env["HUAWEICLOUD_SDK_AK"] = identity.accessKey
        env["HUAWEICLOUD_SDK_SK"] = identity.secretKey
        env["HUAWEICLOUD_SDK_IAM_ENDPOINT"] = endpoint
        return env
    }

    @Test("the first run looks the project up, the second reads it from the cache, and a miss is one line")
    func lookupThenCache() async throws {
        var configuration = EmulatorConfiguration(jobCount: 9, identity: Self.identity)
        configuration.iamProjects =
            IAMProject.defaults(for: Self.identity) + [IAMProject(id: "other", name: "cn-east-3")]
        let server = try await EmulatorServer.start(configuration)
        defer { Task { await server.stop() } }
        let home = try TempHome()
        let environment = Self.environment(home, endpoint: server.endpoint)
        let arguments = ["list", "--endpoint", server.endpoint, "--region", "cn-north-4", "--per-page", "3"]
        let first = try await ProcessRunner.run(try ProductBinary.majobs, arguments, environment: environment)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.split(separator: "\n").count == 4)
        // One IAM lookup and one list.
        #expect(server.service.requestCount == 2)
        let second = try await ProcessRunner.run(try ProductBinary.majobs, arguments, environment: environment)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(server.service.requestCount == 3)

        let missing = ["list", "--endpoint", server.endpoint, "--region", "eu-west-101"]
        let miss = try await ProcessRunner.run(try ProductBinary.majobs, missing, environment: environment)
        #expect(miss.status == 1)
        #expect(miss.stdout.isEmpty)
        let line = miss.stderr.trimmingCharacters(in: .newlines)
        #expect(!line.contains("\n"), "\(miss.stderr)")
        #expect(line.contains("no project named 'eu-west-101'") && line.contains("--project-id"), "\(line)")
        #expect(!miss.stderr.contains(Self.identity.secretKey))
    }
}
