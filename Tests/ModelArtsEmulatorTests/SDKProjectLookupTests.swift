import Foundation
import Testing
import TestSupport

@testable import ModelArtsEmulator

/// The official Python SDK, given no project id, finds it through the emulator's `GET /v3/projects`
/// exactly as it would through IAM: the route's shape and signature check are what the SDK expects.
@Suite("Official Python SDK finds the project id through the emulator's IAM route")
struct SDKProjectLookupTests {
    static var script: String {
        ProductBinary.packageRoot.appendingPathComponent("scripts/sdk_project_check.py").path
    }

    /// Runs the script against a fresh emulator serving `projects`; returns its JSON line.
    static func run(region: String, projects: [IAMProject]? = nil) async throws -> [String: Any] {
        let python = try #require(SDKCheckTests.python)
        var configuration = EmulatorConfiguration(jobCount: 20)
        configuration.iamProjects = projects
        let server = try await EmulatorServer.start(configuration)
        let endpoint = server.endpoint
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HUAWEICLOUD_") }
        env["MAJOBS_EMULATOR_SECRET_KEY"] = Kit.identity.secretKey
        let environment = env
        // Off the cooperative pool: the server's handlers need its threads while the script runs.
        let result = try await withCheckedThrowingContinuation { (c: CheckedContinuation<ProcessResult, any Error>) in
            DispatchQueue.global().async {
                c.resume(
                    with: Result {
                        try ProcessRunner.run(
                            python,
                            [Self.script, "--endpoint", endpoint, "--ak", Kit.identity.accessKey, "--region", region],
                            environment: environment, timeoutSeconds: 120)
                    })
            }
        }
        await server.stop()
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains(Kit.identity.secretKey))
        let line = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        return try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(result.stdout)")
    }

    @Test(
        "BasicCredentials without a project id resolve the region's one project, then list with it",
        .enabled(if: SDKCheckTests.sdkInstalled, "official Python SDK not installed"))
    func resolvesOne() async throws {
        let answer = try await Self.run(region: "cn-north-4")
        #expect(answer["project_id"] as? String == Kit.project, "\(answer)")
        #expect(answer["list_status"] as? Int == 200, "\(answer)")
    }

    @Test(
        "the SDK refuses no match and several matches, as majobs does",
        .enabled(if: SDKCheckTests.sdkInstalled, "official Python SDK not installed"))
    func refusesNoneAndSeveral() async throws {
        let none = try await Self.run(region: "eu-west-101")
        #expect((none["error"] as? String)?.contains("Failed to get project id") == true, "\(none)")
        let several = [IAMProject(id: "p1", name: "cn-east-3"), IAMProject(id: "p2", name: "cn-east-3")]
        let many = try await Self.run(region: "cn-east-3", projects: several)
        #expect((many["error"] as? String)?.contains("Multiple project ids found: [p1,p2]") == true, "\(many)")
    }
}
