import Foundation
import Testing
import TestSupport
@testable import ModelArtsEmulator

/// The official Python SDK is the referee: `scripts/sdk_check.py` lists jobs through it against a
/// real emulator socket and checks that a wrong secret key gets 401.
@Suite("Official Huawei Cloud Python SDK against the emulator")
struct SDKCheckTests {
    static let python: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static let sdkInstalled: Bool = {
        guard let python else { return false }
        let result = try? ProcessRunner.run(
            python, ["-c", "import huaweicloudsdkcore, huaweicloudsdkmodelarts"], timeoutSeconds: 60)
        return result?.status == 0
    }()

    static var script: String { scriptPath("sdk_check.py") }

    static func scriptPath(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/\(name)").path
    }

    /// Runs a script against the server, off the cooperative pool: the server's handlers need its
    /// threads while the script runs.
    static func runScript(_ python: String, _ arguments: [String]) async throws -> ProcessResult {
        var env = ProcessInfo.processInfo.environment
        env["MAJOBS_EMULATOR_SECRET_KEY"] = Kit.identity.secretKey
        let environment = env
        return try await withCheckedThrowingContinuation { (c: CheckedContinuation<ProcessResult, any Error>) in
            DispatchQueue.global().async {
                c.resume(
                    with: Result {
                        try ProcessRunner.run(python, arguments, environment: environment, timeoutSeconds: 120)
                    })
            }
        }
    }

    @Test(
        "the SDK's signed v1 list gets the documented shape, and a wrong secret key gets 401",
        .enabled(
            if: sdkInstalled,
            "official Python SDK not installed: pip install huaweicloudsdkcore huaweicloudsdkmodelarts"))
    func sdkCheck() async throws {
        let python = try #require(Self.python)
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 300))
        let endpoint = server.endpoint
        var env = ProcessInfo.processInfo.environment
        env["MAJOBS_EMULATOR_SECRET_KEY"] = Kit.identity.secretKey
        let environment = env
        // Off the cooperative pool: the server's handlers need its threads while the script runs.
        let result = try await withCheckedThrowingContinuation { (c: CheckedContinuation<ProcessResult, any Error>) in
            DispatchQueue.global().async {
                c.resume(
                    with: Result {
                        try ProcessRunner.run(
                            python,
                            [
                                Self.script, "--endpoint", endpoint, "--ak", Kit.identity.accessKey,
                                "--project-id", Kit.project,
                            ],
                            environment: environment, timeoutSeconds: 120)
                    })
            }
        }
        await server.stop()
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("sdk check: 6 passed, 0 failed"), "\(result.stdout)")
        #expect(!result.stdout.contains(Kit.identity.secretKey))
        #expect(server.service.requestCount >= 6)
    }

    @Test(
        "the SDK's list, detail, events, log preview, AOM log, terminate and delete work against the v2 emulator",
        .enabled(
            if: sdkInstalled,
            "official Python SDK not installed: pip install huaweicloudsdkcore huaweicloudsdkmodelarts"),
        arguments: V2OffsetSemantics.allCases)
    func sdkCheckV2(_ offset: V2OffsetSemantics) async throws {
        let python = try #require(Self.python)
        let log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "majobs-sdk-v2-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        var configuration = EmulatorConfiguration(jobCount: 300, accessLogPath: log.path)
        configuration.v2Offset = offset
        let server = try await EmulatorServer.start(configuration)
        let result = try await Self.runScript(
            python,
            [
                Self.scriptPath("sdk_check_v2.py"), "--endpoint", server.endpoint, "--ak", Kit.identity.accessKey,
                "--project-id", Kit.project, "--offset", offset.rawValue,
            ])
        await server.stop()
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        // The SDK 3.1.219 that setup.sh installs has the log and write operations; an older one skips them.
        let complete = !result.stdout.contains("skip - ")
        #expect(result.stdout.contains("sdk v2 check: \(complete ? 16 : 10) passed, 0 failed"), "\(result.stdout)")
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let v2 = lines.filter { ($0["path"] as? String)?.hasPrefix("/v2/") == true }
        #expect(v2.count == lines.count && v2.count >= 10)
        let accepted = v2.filter { $0["signature"] as? String == "accepted" }
        #expect(accepted.count == v2.count - 1)
        #expect(accepted.contains { $0["method"] as? String == "POST" && $0["status"] as? Int == 200 })
        #expect(
            accepted.contains { ($0["path"] as? String)?.hasSuffix("/events") == true && $0["status"] as? Int == 200 })
        if complete {
            func seen(_ method: String, _ suffix: String, _ status: Int) -> Bool {
                accepted.contains {
                    $0["method"] as? String == method && ($0["path"] as? String)?.hasSuffix(suffix) == true
                        && $0["status"] as? Int == status
                }
            }
            #expect(seen("GET", "/tasks/worker-0/logs/preview", 200))
            #expect(seen("GET", "/logs/worker-0", 200))
            #expect(seen("POST", "/actions", 202) && seen("POST", "/actions", 409))
            #expect(accepted.contains { $0["method"] as? String == "DELETE" && $0["status"] as? Int == 202 })
        }
        let refused = v2.filter { $0["signature"] as? String == "refused" }
        #expect(refused.count == 1 && refused.first?["status"] as? Int == 401)
    }
}
