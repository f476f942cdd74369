import Foundation
import Testing
import TestSupport

/// The parent terminal closing under the browser (the tmux pane or the whole tmux server killed):
/// the process exits, leaves no child, and its demo emulator's port is closed.
/// (SIGHUP, SIGQUIT, SIGTERM, q, Ctrl-C and crash paths are in EndToEndTests/BrowserExitTmuxTests.)
@Suite("Exit paths", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ExitPathTests {
    enum Closing: String, CaseIterable, Sendable {
        case pane = "X01 the pane (terminal window) is closed"
        case server = "X02 the whole terminal (tmux server) is killed"
    }

    /// What was seen before and after the terminal went away.
    struct Observation: Sendable {
        var commandLine: String
        var ports: [Int]
        var portsAccepted: Bool
        var survivors: [String]
        var portsStillOpen: [Int]
        var diagnosis: String
    }

    @Test("closing the terminal ends the browser: no child left, its port closed", arguments: Closing.allCases)
    func terminalCloses(_ closing: Closing) async throws {
        let home = try ReliabilityHome()
        let run = try BrowserRun("--demo", home: home, exec: true)
        defer { run.tmux.kill() }
        try await run.waitUntilLoaded()
        // Polling /proc and waiting for the exit block: off the cooperative pool.
        let seen = try await OffPool.run { () throws -> Observation in
            guard let pid = try run.tmux.panePID() else { throw TmuxError.failed("no pane pid") }
            let tree = SecretScan.processTree(pid)
            let sockets = ProcessProbe.listeningSockets(pid), ports = sockets.map(\.port)
            let diagnosis = ProcessProbe.diagnose(pid), commandLine = SecretScan.commandLine(pid)
            let accepted = ports.allSatisfy(ProcessProbe.accepts(port:))
            switch closing {
            case .pane: try run.tmux.killPane()
            case .server: run.tmux.kill()
            }
            let survivors = ProcessProbe.waitForExit(tree, timeoutSeconds: 10)
            // A zombie main thread can outlive its sockets by a moment while the other threads finish
            // exiting (the fd table goes with the last one): give the kernel a few seconds to close them.
            let closeDeadline = Date().addingTimeInterval(5)
            while Date() < closeDeadline, sockets.contains(where: { ProcessProbe.isListening(inode: $0.inode) }) {
                usleep(50_000)
            }
            return Observation(
                commandLine: commandLine, ports: ports, portsAccepted: accepted,
                survivors: survivors.map { "\($0) \(SecretScan.commandLine($0)) \(ProcessProbe.diagnose($0))" },
                portsStillOpen: sockets.filter { ProcessProbe.isListening(inode: $0.inode) }.map(\.port),
                diagnosis: diagnosis)
        }
        #expect(seen.commandLine.contains("majobs"), "\(seen.commandLine)")
        #expect(seen.ports.count == 1, "the demo emulator listens on one port: \(seen.ports) \(seen.diagnosis)")
        #expect(seen.portsAccepted)
        #expect(seen.survivors.isEmpty, "still running: \(seen.survivors)")
        #expect(seen.portsStillOpen.isEmpty, "port still open: \(seen.portsStillOpen)")
    }
}
