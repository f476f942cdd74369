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
        let text = "[basic]\nak = \(identity.accessKey)\nsk = \(secretKey ?? identity.secretKey)\nproject_id = \(identity.projectID)\n"
        FileManager.default.createFile(atPath: dir + "/credentials", contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }

    /// Environment for the binary: this home, no inherited Huawei Cloud variables.
    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HUAWEICLOUD_") && $0.key != "NO_COLOR" }
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
func startBrowser(_ arguments: String = "", home: TempHome, width: Int = 120, height: Int = 40) throws -> TmuxSession {
    let binary = try ProductBinary.majobs
    // The shell records the exit status in a file and keeps the pane open, so tests can read both
    // the status and the terminal's state after the program has gone.
    let command = "env -u NO_COLOR \(home.shellPrefix) '\(binary)' \(arguments); echo $? > '\(home.path)/exit-status'; sleep 600"
    return try TmuxSession(command: command, width: width, height: height)
}

/// Waits for the browser started by `startBrowser` to exit; returns its exit status.
func waitForExitStatus(_ home: TempHome, timeoutSeconds: Double = 10) throws -> Int32 {
    let path = home.path + "/exit-status"
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while Date() < deadline {
        if let text = try? String(contentsOfFile: path, encoding: .utf8),
           let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return status
        }
        usleep(50_000)
    }
    throw TmuxError.timedOut("program exit", "")
}
