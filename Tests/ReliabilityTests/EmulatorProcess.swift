import Foundation
import ModelArtsEmulator
import TestSupport

/// `majobs emulator` in its own process, driven over its loopback control endpoints. Out of the test
/// process, its answers never wait for the test runner's cooperative pool, which other suites' blocking
/// waits can starve for seconds in a full `swift test`; timings measured against it stay honest.
final class EmulatorProcess: @unchecked Sendable {
    let pid: pid_t
    let port: Int
    private var stopped = false

    var endpoint: String { "http://127.0.0.1:\(port)" }

    /// Starts `majobs emulator --port 0 --seed 7 ARGS` and waits for its listening line.
    static func start(_ arguments: [String] = ["--jobs", "30"]) async throws -> EmulatorProcess {
        let binary = try ProductBinary.majobs
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("majobs-emu-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let child = try spawn(binary: binary, arguments: arguments, output: out)
        do {
            let port = try await eventually("the emulator's listening line", timeout: .seconds(20)) { () -> Int? in
                let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
                return text.firstMatch(of: /listening on http:\/\/127\.0\.0\.1:([0-9]+)/).flatMap { Int($0.1) }
            }
            return EmulatorProcess(pid: child, port: port)
        } catch {
            kill(child, SIGKILL)
            var status: Int32 = 0
            waitpid(child, &status, 0)
            throw error
        }
    }

    private init(pid: pid_t, port: Int) {
        self.pid = pid
        self.port = port
    }

    /// Spawns the emulator with stdout to `output`; returns its pid.
    private static func spawn(binary: String, arguments: [String], output out: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([binary, "emulator", "--port", "0", "--seed", "7"] + arguments).map { strdup($0) } + [nil]
        let env = ProcessInfo.processInfo.environment.filter { $0.key != "MAJOBS_EMULATOR_SECRET_KEY" }
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, binary, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw ProcessRunnerError.spawnFailed(binary, rc) }
        return child
    }

    deinit { if !stopped { kill(pid, SIGKILL); var s: Int32 = 0; waitpid(pid, &s, 0) } }

    /// API requests the emulator has counted (`GET /emulator/health`).
    func requestCount() async throws -> Int {
        let body = try await call("GET", "/emulator/health")
        struct Health: Decodable { var requests: Int }
        return try JSONDecoder().decode(Health.self, from: Data(body.utf8)).requests
    }

    /// Replaces the fault plan (`PUT /emulator/faults`).
    func setFaults(_ plan: FaultPlan) async throws {
        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        _ = try await call("PUT", "/emulator/faults", body: json)
    }

    /// Makes the next API request number `count` higher (fault variants alternate by parity).
    func advance(by count: Int) async throws {
        for _ in 0..<count { _ = try await call("GET", "/advance") }
    }

    /// SIGTERM, then waits for the exit.
    func stop() async {
        guard !stopped else { return }
        stopped = true
        let pid = self.pid
        _ = try? await OffPool.run {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    /// One HTTP/1.1 request over a fresh loopback connection; returns the body.
    func call(_ method: String, _ path: String, body: String = "") async throws -> String {
        let port = self.port
        return try await OffPool.run { try LoopbackHTTP.send(port: port, method: method, path: path, body: body) }
    }
}
