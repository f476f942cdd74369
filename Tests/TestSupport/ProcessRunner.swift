import Foundation

/// Runs a command to completion and captures its output, with a deadline.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var reason: Process.TerminationReason
}

public enum ProcessRunner {
    /// Runs `executable` with `arguments`; kills it if it outlives `timeoutSeconds`.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        stdin: String? = nil, timeoutSeconds: Double = 60
    ) throws -> ProcessResult {
        var env = environment ?? ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        // Output goes to files, not pipes: a daemon the command starts (tmux's server) inherits
        // them, and a pipe would then never reach end-of-file. posix_spawn + waitpid rather than
        // Foundation's Process, whose child reaping was seen to stall under the test runner.
        let dir = FileManager.default.temporaryDirectory.path
        let base = "\(dir)/majobs-run-\(UUID().uuidString)"
        let inPath = base + ".in", outPath = base + ".out", errPath = base + ".err"
        FileManager.default.createFile(atPath: inPath, contents: Data((stdin ?? "").utf8))
        defer { for path in [inPath, outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The child starts with no signal blocked and default dispositions: it would otherwise inherit
        // the mask of the test thread that spawns it (the cooperative pool blocks most signals), and a
        // tmux server started so ignores kill-server's SIGTERM and outlives every test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw ProcessRunnerError.spawnFailed(executable, rc) }
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var status: Int32 = 0
        var reason = Process.TerminationReason.exit
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 { break }
            if Date() > deadline { kill(pid, SIGKILL) }
            usleep(5_000)
        }
        var code: Int32
        if status & 0x7f == 0 {
            code = (status >> 8) & 0xff
        } else {
            code = status & 0x7f
            reason = .uncaughtSignal
        }
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let err = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return ProcessResult(
            status: code, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            reason: reason)
    }
}

public enum ProcessRunnerError: Error, CustomStringConvertible {
    case spawnFailed(String, Int32)
    public var description: String {
        switch self {
        case .spawnFailed(let path, let rc): return "cannot start \(path): error \(rc)"
        }
    }
}

extension ProcessRunner {
    /// The same, for async tests: the wait for the child happens on a thread of its own, so a slow
    /// command (a `list` waiting out a timeout) never holds one of the cooperative pool's few threads.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        stdin: String? = nil, timeoutSeconds: Double = 60
    ) async throws -> ProcessResult {
        try await OffPool.run {
            try run(executable, arguments, environment: environment, stdin: stdin, timeoutSeconds: timeoutSeconds)
        }
    }
}
