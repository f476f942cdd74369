import Foundation
import TestSupport

/// The real browser in tmux against an endpoint, with its exit status written to a file afterwards.
struct BrowserRun: Sendable {
    let tmux: TmuxSession
    let home: ReliabilityHome
    /// Every byte the program wrote to its terminal, when recorded.
    let recordingPath: String?

    /// Starts `majobs ARGS` in a private tmux server (`exec`'d when `exec` is true, so the pane's pid is majobs).
    init(
        _ arguments: String, home: ReliabilityHome, record: Bool = false, exec: Bool = false, width: Int = 120,
        height: Int = 30
    ) throws {
        let binary = try ProductBinary.majobs
        self.home = home
        // v1 unless the test chooses: these cases are v1's (the emulator and the demo serve both APIs).
        // Appended, so it follows a subcommand (`list ...`) as well as the browser's own flags.
        let api = arguments.contains("--api") ? "" : " --api v1"
        let program = "env -u NO_COLOR \(home.shellPrefix) '\(binary)' \(arguments)\(api)"
        let command =
            exec
            ? "exec \(program)"
            : "trap : INT QUIT; \(program); echo $? > '\(home.path)/exit-status'; sleep 600"
        if record {
            let path = home.path + "/pty-output"
            recordingPath = path
            tmux = try TmuxSession.recorded(command: command, to: path, width: width, height: height)
        } else {
            recordingPath = nil
            tmux = try TmuxSession(command: command, width: width, height: height)
        }
    }

    /// The recorded bytes so far.
    func recorded() -> [UInt8] {
        guard let recordingPath, let data = FileManager.default.contents(atPath: recordingPath) else { return [] }
        return Array(data)
    }

    /// Waits for a loaded, up-to-date first page.
    @discardableResult
    func waitUntilLoaded(timeoutSeconds: Double = 20) async throws -> String {
        try await waitFor("a loaded page", timeoutSeconds: timeoutSeconds) {
            // Any row: on the live demo a job arriving above the selection moves it to row 2.
            $0.contains(" row ") && $0.contains("up to date")
        }
    }

    /// Polls the screen (off the cooperative pool) until `predicate` holds.
    @discardableResult
    func waitFor(
        _ what: String, timeoutSeconds: Double = 15, _ predicate: (String) -> Bool
    ) async throws -> String {
        try await tmux.waitFor(timeoutSeconds: timeoutSeconds, what, predicate)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeoutSeconds: Double = 15) async throws -> String {
        try await waitFor("screen showing \"\(text)\"", timeoutSeconds: timeoutSeconds) { $0.contains(text) }
    }

    /// Waits for the status file the shell writes when the program ends.
    func exitStatus(timeoutSeconds: Double = 10) async throws -> Int32 {
        try await tmux.waitForStatusFile(home.path + "/exit-status", timeoutSeconds: timeoutSeconds)
    }

    /// Quits with `q` and returns the exit status.
    func quit(timeoutSeconds: Double = 10) async throws -> Int32 {
        try tmux.send("q")
        return try await exitStatus(timeoutSeconds: timeoutSeconds)
    }

    /// Table rows (lines that hold the given job-name marker).
    static func lines(_ screen: String, containing text: String) -> Int {
        screen.split(separator: "\n").filter { $0.contains(text) }.count
    }
}
