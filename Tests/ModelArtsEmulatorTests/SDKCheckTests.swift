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

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/sdk_check.py").path
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
}
