import Foundation

extension TmuxSession {
    /// Starts `command` only once `pipe-pane` records every byte the pane's program writes to `path`
    /// (the raw terminal stream, escape sequences included), so nothing written early is missed.
    public static func recorded(
        command: String, to path: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]
    ) throws -> TmuxSession {
        let gate = path + ".go"
        let waiting = "while [ ! -e '\(gate)' ]; do sleep 0.02; done; \(command)"
        let session = try TmuxSession(command: waiting, width: width, height: height, environment: environment)
        FileManager.default.createFile(atPath: path, contents: nil)
        try session.run(["pipe-pane", "-o", "-t", session.name, "cat >> '\(path)'"])
        FileManager.default.createFile(atPath: gate, contents: nil)
        return session
    }

    /// The pid of the program in the pane (the shell or what it exec'd).
    public func panePID() throws -> pid_t? { pid_t(try display("#{pane_pid}")) }

    /// Kills the pane as closing a terminal window does: the pty goes away and its programs get SIGHUP.
    public func killPane() throws { try run(["kill-pane", "-t", name]) }
}
