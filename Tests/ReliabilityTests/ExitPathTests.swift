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
        // Reading /proc and tmux commands block: off the cooperative pool. The waits below poll without blocking.
        let (tree, sockets, before) = try await OffPool.run {
            () throws -> ([pid_t], [(port: Int, inode: String)], Observation) in
            guard let pid = try run.tmux.panePID() else { throw TmuxError.failed("no pane pid") }
            let tree = SecretScan.processTree(pid)
            let sockets = ProcessProbe.listeningSockets(pid), ports = sockets.map(\.port)
            let seen = Observation(
                commandLine: SecretScan.commandLine(pid), ports: ports,
                portsAccepted: ports.allSatisfy(ProcessProbe.accepts(port:)), survivors: [], portsStillOpen: [],
                diagnosis: ProcessProbe.diagnose(pid))
            switch closing {
            case .pane: try run.tmux.killPane()
            case .server: run.tmux.kill()
            }
            return (tree, sockets, seen)
        }
        // A timeout in either wait shows in the expectations below, with what still runs or listens.
        // Deadlines, not measurements: a process that never exits fails either way, and a loaded machine may
        // take seconds to schedule the exiting threads.
        let survivors = try await ProcessProbe.waitForExit(tree, timeoutSeconds: 30)
        // A zombie main thread can outlive its sockets by a moment while the other threads finish
        // exiting (the fd table goes with the last one): give the kernel a few seconds to close them.
        let stillOpen = { sockets.filter { ProcessProbe.isListening(inode: $0.inode) }.map(\.port) }
        do {
            try await eventually("the browser's listening sockets to close", timeout: .seconds(15)) {
                stillOpen().isEmpty
            }
        } catch is WaitTimedOut {}
        var seen = before
        seen.survivors = survivors.map { "\($0) \(SecretScan.commandLine($0)) \(ProcessProbe.diagnose($0))" }
        seen.portsStillOpen = stillOpen()
        #expect(seen.commandLine.contains("majobs"), "\(seen.commandLine)")
        #expect(seen.ports.count == 1, "the demo emulator listens on one port: \(seen.ports) \(seen.diagnosis)")
        #expect(seen.portsAccepted)
        #expect(seen.survivors.isEmpty, "still running: \(seen.survivors)")
        #expect(seen.portsStillOpen.isEmpty, "port still open: \(seen.portsStillOpen)")
    }
}
