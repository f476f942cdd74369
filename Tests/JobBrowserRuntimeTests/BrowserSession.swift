import Foundation
import JobBrowser
import JobBrowserRuntime
import MajobsSettings
import Logging
import ModelArts
import Synchronization
import TerminalUI
import TestSupport

/// A whole browser session in-process: the real runtime on a thread of its own, a fake terminal,
/// the emulator as the API and a clock the test moves by hand. Every step waits until the session
/// has settled (the loop asleep with nothing queued, no task running but those asleep on the clock),
/// so a test reads the screen and the requests exactly as a person would see them, with no real waits.
final class BrowserSession: Sendable {
    let clock = ManualClock()
    let terminal: FakeTerminal
    let api: EmulatorJobsAPI
    let work = BackgroundWork()
    let exportDirectory: String
    private let outcome = Outcome()
    /// Every view the runtime saved, oldest first.
    let saved = SavedViews()

    /// How the loop ended: its status, or the error `run()` threw.
    final class Outcome: Sendable {
        let exit = Mutex<Int32?>(nil)
        let failure = Mutex<String?>(nil)
    }

    /// The views passed to the save hook.
    final class SavedViews: Sendable {
        let views = Mutex<[SavedView]>([])
        var last: SavedView? { views.withLock { $0.last } }
    }

    /// How long a step may take in real time before the test fails. A step settles in milliseconds, but its
    /// tasks run on the cooperative pool, which a full `swift test` on two cores can keep busy for many seconds;
    /// a generous bound only ever delays a test that is failing anyway.
    static let patience = Duration.seconds(90)

    init(
        jobs: Int = 60, size: Size = Size(width: 120, height: 40), api: EmulatorJobsAPI? = nil,
        configure: (inout BrowserConfig) -> Void = { _ in }, hooks: RuntimeHooks = RuntimeHooks(),
        wrap: (EmulatorJobsAPI) -> any JobsAPI = { $0 }
    ) throws {
        terminal = FakeTerminal(size: size, clock: clock)
        let clock = self.clock
        let nowMS: @Sendable () -> Int64 = {
            let elapsed = clock.now.offset.components
            return SampleJobs.nowMS + elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
        }
        self.api = api ?? EmulatorJobsAPI(jobs: jobs, nowMS: nowMS)
        exportDirectory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("majobs-session-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: exportDirectory, withIntermediateDirectories: true)
        var config = BrowserConfig(sourceLabel: "emulator")
        configure(&config)
        var hooks = hooks
        let saved = self.saved
        hooks.saveView = { view, _, _ in saved.views.withLock { $0.append(view) } }
        let environment = RuntimeEnvironment(
            clock: clock, nowMS: nowMS, exportDirectory: exportDirectory, work: work)
        // The runtime may talk to a wrapper of the emulator (one serving logs, say); settling still reads it.
        let (terminal, api, outcome, browserConfig, runtimeHooks) = (
            self.terminal, wrap(self.api), self.outcome, config, hooks
        )
        let thread = Thread {
            let runtime = BrowserRuntime(
                terminal: terminal, api: api, config: browserConfig,
                logger: Logger(label: "session", factory: { _ in SwiftLogNoOpLogHandler() }), hooks: runtimeHooks,
                environment: environment)
            do {
                let code = try runtime.run()
                outcome.exit.withLock { $0 = code }
            } catch {
                outcome.failure.withLock { $0 = String(describing: error) }
                outcome.exit.withLock { $0 = -1 }
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Ends a session the test left running: a closed terminal makes the loop return (status 129), so its
    /// thread does not outlive the test.
    deinit {
        terminal.closeInput()
        try? FileManager.default.removeItem(atPath: exportDirectory)
    }

    /// The exit status once the loop has ended.
    var exitCode: Int32? { outcome.exit.withLock { $0 } }

    /// The screen's rows.
    var lines: [String] { terminal.lines }

    /// The whole screen as text.
    var screen: String { terminal.screen }

    /// The table's rows on screen: the lines under the column titles, down to the first blank line or
    /// the status line.
    var tableRows: [String] {
        let lines = self.lines
        guard let title = lines.firstIndex(where: { $0.contains(" NAME ") && $0.contains("STATUS") }) else { return [] }
        return lines[(title + 1)...].prefix { line in
            !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix(" row ")
        }.map { $0 }
    }

    /// Sends keys and waits until the session settles.
    func press(_ keys: Key...) async throws {
        terminal.send(keys)
        try await settle()
    }

    /// Types text one character at a time, each as its own turn of the loop (as a person types).
    func type(_ text: String) async throws {
        for character in text { try await press(.char(character)) }
    }

    /// Moves the clock on and waits until the session settles.
    func advance(by duration: Duration) async throws {
        clock.advance(by: duration)
        try await settle()
    }

    /// Waits until the loop sleeps with nothing queued and every running task sleeps on the clock,
    /// or the loop has ended.
    func settle() async throws {
        let started = ContinuousClock.now
        while exitCode == nil {
            let before = terminal.idle
            let quiet = work.running == clock.sleeperCount + api.heldQueries.count
            if let before, quiet, terminal.idle == before { return }
            guard ContinuousClock.now - started < Self.patience else {
                throw SessionError.didNotSettle(screen: screen)
            }
            // Quick at first (most steps settle at once), then gentle, so waiting sessions leave the pool alone.
            try await Task.sleep(
                for: ContinuousClock.now - started < .milliseconds(100) ? .milliseconds(1) : .milliseconds(20))
        }
        if let failure = outcome.failure.withLock({ $0 }) { throw SessionError.runFailed(failure) }
    }

    /// The files in the export directory, sorted, hidden ones included.
    func exportedFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: exportDirectory).sorted()
    }

    /// The session's list requests, oldest first.
    var queries: [JobListQuery] { api.listQueries }

    /// The searches sent to the server, oldest first (the list without a search left out).
    var searches: [String] { queries.map(\.searchContent).filter { !$0.isEmpty } }
}

enum SessionError: Error, CustomStringConvertible {
    case didNotSettle(screen: String)
    case runFailed(String)

    var description: String {
        switch self {
        case .didNotSettle(let screen): return "the session did not settle; the screen:\n\(screen)"
        case .runFailed(let why): return "the runtime failed: \(why)"
        }
    }
}
