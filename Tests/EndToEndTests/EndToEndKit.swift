import Foundation
import ModelArtsEmulator
import TestSupport

/// A throwaway home folder, so the binary under test never reads the developer's own config or
/// credentials; optionally holding a `~/.huaweicloud/credentials` file (mode 600) for an emulator.
final class TempHome: @unchecked Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("majobs-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes the identity's keys where Huawei Cloud users keep them (secrets stay out of argv).
    func writeCredentials(_ identity: EmulatorIdentity, secretKey: String? = nil) throws {
        let dir = path + "/.huaweicloud"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let text =
            "[basic]\nak = \(identity.accessKey)\nsk = \(secretKey ?? identity.secretKey)\nproject_id = \(identity.projectID)\n"
        FileManager.default.createFile(
            atPath: dir + "/credentials", contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }

    /// Environment for the binary: this home, no inherited Huawei Cloud variables.
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment.filter {
            !$0.key.hasPrefix("HUAWEICLOUD_") && $0.key != "NO_COLOR"
        }
        env["HOME"] = path
        env["XDG_CONFIG_HOME"] = path + "/.config"
        env["XDG_STATE_HOME"] = path + "/.state"
        env["LANG"] = "C.UTF-8"
        return env
    }

    /// `HOME=... XDG_CONFIG_HOME=...` for a tmux shell command line (no secrets in it).
    var shellPrefix: String { "HOME='\(path)' XDG_CONFIG_HOME='\(path)/.config' XDG_STATE_HOME='\(path)/.state'" }
}

/// Starts `majobs` (with `arguments`) in tmux at `width`x`height`, prints its exit status afterwards.
/// `environment` is extra `NAME=value` words for `env` (no secrets: they would show in `ps`).
///
/// `--api v1` unless `arguments` choose an API. Auto-refresh is off unless `arguments` set `--refresh`: the live demo submits a job 6-12 s after it
/// starts, and a refresh puts it above the selection, which moves the row numbers that tests wait for
/// (on a loaded machine a test easily runs that long). The auto-refresh tests pass their own `--refresh`.
func startBrowser(
    _ arguments: String = "", home: TempHome, width: Int = 120, height: Int = 40, environment: String = ""
) throws -> TmuxSession {
    let binary = try ProductBinary.majobs
    var arguments = arguments.contains("--refresh") ? arguments : "--refresh 0 " + arguments
    // The v1 tests pin v1: the demo and the emulator serve both APIs, and `auto` would show v2 (the v2
    // tests pass `--api v2`).
    if !arguments.contains("--api") { arguments = "--api v1 " + arguments }
    // The shell records the exit status in a file and keeps the pane open, so tests can read both
    // the status and the terminal's state after the program has gone; `stty -g` before and after
    // (written before the status, so they are there once it is) show whether the tty modes came back.
    let dir = home.path
    // `trap :` keeps this wrapper shell alive through the Ctrl-C / Ctrl-\ the terminal also sends it
    // (as an interactive shell would be); a caught signal is reset to default in the program it runs.
    let command =
        "trap : INT QUIT; stty -g > '\(dir)/stty-before'; "
        + "env -u NO_COLOR \(home.shellPrefix) \(environment) '\(binary)' \(arguments); status=$?; "
        + "stty -g > '\(dir)/stty-after'; echo $status > '\(dir)/exit-status'; sleep 600"
    return try TmuxSession(command: command, width: width, height: height)
}

/// The pane tty's `stty -g` before the browser started and after it exited (call after the exit).
func ttyModes(_ home: TempHome) throws -> (before: String, after: String) {
    let read = { (name: String) in
        try String(contentsOfFile: home.path + "/" + name, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return (try read("stty-before"), try read("stty-after"))
}

/// Sends `signal` (a `kill` name such as TERM) to the browser running in `tmux`'s pane.
func signalBrowser(_ tmux: TmuxSession, _ signal: String) throws {
    let shell = try tmux.display("#{pane_pid}")
    let env =
        try ProcessRunner.run("/usr/bin/pgrep", ["-P", shell]).stdout
        .split(separator: "\n").first.map(String.init) ?? shell
    let child =
        try ProcessRunner.run("/usr/bin/pgrep", ["-P", env]).stdout
        .split(separator: "\n").first.map(String.init) ?? env
    _ = try ProcessRunner.run("/bin/kill", ["-\(signal)", child])
}

/// Waits for the browser started by `startBrowser` to exit; returns its exit status.
func waitForExitStatus(_ home: TempHome, timeoutSeconds: Double = 20) async throws -> Int32 {
    let path = home.path + "/exit-status"
    return try await eventually("program exit (status in \(path))", timeout: .seconds(timeoutSeconds)) {
        (try? String(contentsOfFile: path, encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}

extension TmuxSession {
    /// Runs a tmux command on this session's private server (options, buffers) and returns its output.
    @discardableResult
    func command(_ args: String...) throws -> String {
        let tmux =
            ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            } ?? "tmux"
        return try ProcessRunner.run(tmux, ["-L", socket] + args, timeoutSeconds: 10).stdout
    }
}
