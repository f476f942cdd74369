import Foundation
import ModelArts
import ModelArtsEmulator
import TestSupport

/// A throwaway home folder for one run of the binary: its own config and credentials, never the developer's.
final class ReliabilityHome: @unchecked Sendable {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("majobs-rel-\(UUID().uuidString)")
        path = base.path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `~/.huaweicloud/credentials` (mode 600) holding `identity`'s keys, or the given text.
    func writeCredentials(_ identity: EmulatorIdentity = .demo, secretKey: String? = nil, text: String? = nil) throws {
        let dir = path + "/.huaweicloud"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let body =
            text ?? "[basic]\nak = \(identity.accessKey)\nsk = \(secretKey ?? identity.secretKey)\n"
            + "project_id = \(identity.projectID)\n"
        FileManager.default.createFile(
            atPath: dir + "/credentials", contents: Data(body.utf8), attributes: [.posixPermissions: 0o600])
    }

    /// `$XDG_CONFIG_HOME/majobs/config.toml` with `text` and `mode`.
    @discardableResult
    func writeConfig(_ text: String, mode: Int = 0o600) throws -> String {
        let dir = path + "/.config/majobs"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/config.toml"
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: mode])
        return file
    }

    /// This home, no inherited Huawei Cloud variables, plus `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("HUAWEICLOUD_") && !$0.key.hasPrefix("MAJOBS_") && $0.key != "NO_COLOR"
        }
        env["HOME"] = path
        env["XDG_CONFIG_HOME"] = path + "/.config"
        env["XDG_STATE_HOME"] = path + "/.state"
        env["LANG"] = "C.UTF-8"
        env.merge(extra) { _, new in new }
        return env
    }

    /// `HOME=... XDG_CONFIG_HOME=...` for a shell command line (no secrets in it).
    var shellPrefix: String { "HOME='\(path)' XDG_CONFIG_HOME='\(path)/.config' XDG_STATE_HOME='\(path)/.state'" }
}

/// One finished run of `majobs` and how long it took.
struct TimedRun: Sendable {
    var result: ProcessResult
    var seconds: Double

    /// stderr split into non-empty lines.
    var errorLines: [Substring] { result.stderr.split(separator: "\n") }
}

enum Majobs {
    /// Runs the real binary with `arguments` in `home`; kills it after `timeoutSeconds`.
    static func run(
        _ arguments: [String], home: ReliabilityHome, env: [String: String] = [:], stdin: String? = nil,
        timeoutSeconds: Double = 60
    ) async throws -> TimedRun {
        let binary = try ProductBinary.majobs
        let environment = home.environment(env)
        return try await OffPool.run {
            let started = Date()
            let r = try ProcessRunner.run(
                binary, arguments, environment: environment, stdin: stdin, timeoutSeconds: timeoutSeconds)
            return TimedRun(result: r, seconds: Date().timeIntervalSince(started))
        }
    }
}

enum Emulators {
    /// An emulator on a free loopback port with `faults`, optionally serving `jobs`, logging to `accessLog`.
    static func start(
        jobCount: Int = 30, faults: FaultPlan = .none, jobs: [TrainingJob]? = nil, accessLog: String? = nil,
        identity: EmulatorIdentity = .demo
    ) async throws -> EmulatorServer {
        var configuration = EmulatorConfiguration(
            jobCount: jobCount, seed: 7, identity: identity, faults: faults, accessLogPath: accessLog)
        configuration.suppliedJobs = jobs
        return try await EmulatorServer.start(configuration)
    }

    /// A loopback port nothing listens on.
    static func closedPort() -> Int {
        // A privileged port nothing on a test machine listens on, as ClientTestKit uses. A port the kernel
        // handed out and took back is not safe: tests run in parallel, and another test's emulator got it.
        1
    }
}
