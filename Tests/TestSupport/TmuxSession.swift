import Foundation

/// A private tmux server running one program, for driving the real binary as a person would:
/// send keys, read the screen, resize, signal. Each session has its own socket (`-L`) and no
/// config file, so tests never touch a user's tmux.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let name = "e2e"
    private let tmux: String

    /// Whether tmux is installed (the end-to-end tests need it).
    public static var isAvailable: Bool { (try? locateTmux()) != nil }

    static func locateTmux() throws -> String {
        for p in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        where FileManager.default.isExecutableFile(atPath: p) {
            return p
        }
        throw TmuxError.notInstalled
    }

    /// Starts `command` (a shell command line) in a `width`x`height` window.
    public init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        tmux = try Self.locateTmux()
        socket = "majobs-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var args = [
            "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
        ]
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "SWIFT_BACKTRACE": "interactive=no"]
        env.merge(environment) { _, new in new }
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        // Keep the pane after the program exits, so tests can read its exit status.
        args += [command, ";", "set-option", "-w", "-t", name, "remain-on-exit", "on"]
        try check(args)
    }

    deinit { kill() }

    @discardableResult
    func run(_ args: [String]) throws -> ProcessResult {
        try ProcessRunner.run(tmux, ["-L", socket] + args, timeoutSeconds: 10)
    }

    private func check(_ args: [String]) throws {
        let r = try ProcessRunner.run(tmux, args, timeoutSeconds: 10)
        guard r.status == 0 else { throw TmuxError.failed(args.joined(separator: " ") + ": " + r.stderr) }
    }

    /// Sends tmux key names (`j`, `Down`, `NPage`, `C-c`, `Escape`, `Enter`).
    public func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    /// Sends literal text (UTF-8, e.g. Chinese).
    public func type(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

    /// The visible screen as text, one line per row.
    public func capture() throws -> String { try run(["capture-pane", "-t", name, "-p"]).stdout }

    public func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format value, e.g. `#{pane_pid}`, `#{alternate_on}`, `#{cursor_flag}`, `#{pane_dead_status}`.
    public func display(_ format: String) throws -> String {
        try run(["display", "-p", "-t", name, format]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the program in the pane has exited, and its status.
    public func exitStatus() throws -> Int32? {
        guard try display("#{pane_dead}") == "1" else { return nil }
        return Int32(try display("#{pane_dead_status}"))
    }

    public func kill() { _ = try? run(["kill-server"]) }
}

public enum TmuxError: Error, CustomStringConvertible {
    case notInstalled
    case failed(String)
    case timedOut(String, String)

    public var description: String {
        switch self {
        case .notInstalled: return "tmux is not installed (apt-get install tmux)"
        case .failed(let s): return "tmux failed: \(s)"
        case .timedOut(let what, let screen): return "timed out waiting for \(what); screen was:\n\(screen)"
        }
    }
}
