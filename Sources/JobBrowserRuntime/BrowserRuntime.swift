import JobBrowser
import JobBrowserViews
import Logging
import ModelArts
import TerminalUI

/// The one loop that owns the terminal. It sleeps in the terminal's waiter (`poll()` for the real
/// one) until a key, a resize or a result arrives, feeds each as an event to the pure reducer, runs
/// the effects it returns as tasks (whose results come back through the mailbox), and presents the
/// pure render. No timer runs while idle. Every terminal call happens on the thread that calls `run()`.
public final class BrowserRuntime {
    private let terminal: any TerminalDevice
    /// Replaced when the person switches profile (only on the terminal's thread).
    var api: any JobsAPI
    private let config: BrowserConfig
    let logger: Logger
    let hooks: RuntimeHooks
    /// Clients connected by the switcher, waiting for the reducer to accept the switch.
    let connected = PendingClients()
    var lastSaved: SaveKey?
    /// Where the current profile's view started this run (see `saveKey(for:)`).
    var viewOrigin: ViewOrigin?
    /// Exports in flight, cancellable by id.
    let exports: ExportTasks
    let environment: RuntimeEnvironment
    private let memoryTrim: MemoryTrim

    public init(
        terminal: any TerminalDevice, api: any JobsAPI, config: BrowserConfig, logger: Logger,
        hooks: RuntimeHooks = RuntimeHooks(), environment: RuntimeEnvironment = .process()
    ) {
        self.terminal = terminal
        self.api = api
        self.config = config
        self.logger = logger
        self.hooks = hooks
        self.environment = environment
        exports = ExportTasks(work: environment.work)
        memoryTrim = MemoryTrim(clock: environment.clock, work: environment.work)
    }

    /// Runs until the person quits; returns the exit status (0 for `q`, 130 for Ctrl-C).
    public func run() throws -> Int32 {
        MemoryTrim.limitArenas()
        let waiter = try terminal.makeWaiter()
        let mailbox = Mailbox<BrowserEvent>(wake: waiter.wake)
        let options = ViewOptions(unicode: terminal.supportsUnicode)
        let nowMS = environment.nowMS
        var state = BrowserState(config: config, size: terminal.size, nowMS: nowMS())
        var events: [BrowserEvent] = [.resized(terminal.size), .start]
        let crashKey = environment.debugCrashKey
        beginSavingViews(state)
        terminal.enableMouse(config.mouse)
        var renderer = FrameRenderer()
        while true {
            for var event in events {
                // A mouse event is resolved against the screen as it is when its turn comes.
                if case .key(.mouse(let m)) = event {
                    guard let target = BrowserView.mouseTarget(m, in: state, options: options) else { continue }
                    event = .mouse(target)
                }
                adoptClient(for: event, state: state)
                for effect in state.reduce(event) {
                    if case .quit(let code) = effect {
                        saveView(state, force: true)
                        return code
                    }
                    perform(effect, mailbox: mailbox)
                }
            }
            // Only the lines whose inputs changed are drawn, and only they are compared and sent.
            let changed = renderer.render(state, options: options)
            terminal.present(renderer.frame, changedRows: changed, shift: renderer.lastShift)
            saveView(state, force: false)  // after the frame: not between a key and its first byte
            if events.contains(where: Self.isPageArrival) { memoryTrim.schedule() }
            if waiter.inputClosed { return 129 }
            // Sleep until a key, a result, or the state's next deadline (auto-refresh, the "ago" tick);
            // with auto-refresh off there is no deadline and nothing wakes an idle browser.
            let timeout = state.wakeDeadlineMS.map { Duration.milliseconds(max(0, $0 - nowMS() + 1)) }
            let reason = waiter.wait(timeout: timeout)
            events = [.tick(nowMS: nowMS())]
            switch reason {
            case .input:
                for key in terminal.readKeys() {
                    if let crashKey, key == .char(crashKey) { fatalError("debug crash key pressed") }
                    events.append(key == .resize ? .resized(terminal.size) : .key(key))
                }
                if waiter.inputClosed { return 129 }
            case .wake:
                events += mailbox.drain()
                let size = terminal.size
                if size != state.size { events.append(.resized(size)) }
            case .timeout:
                break
            }
        }
    }

    private func perform(_ effect: BrowserEffect, mailbox: Mailbox<BrowserEvent>) {
        let runner = EffectRunner(api: api, logger: logger, mailbox: mailbox, clock: environment.clock)
        let work = environment.work
        switch effect {
        case .fetch(let request, let generation):
            work.start { await runner.fetchPage(request, generation: generation) }
        case .debounce(let generation, let delay):
            work.start { await runner.debounce(generation: generation, after: delay) }
        case .fetchVersions(let id):
            work.start { await runner.fetchVersions(id) }
        case .fetchV2Detail(let id):
            work.start { await runner.fetchV2Detail(id) }
        case .connectProfile(let name):
            connectProfile(name, mailbox: mailbox)
        case .fetchForProfile(let name, let request):
            fetchForProfile(name, request: request, mailbox: mailbox)
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
        case .export(let request):
            let exporter = ExportRunner(
                api: api, logger: logger, mailbox: mailbox, directory: environment.exportDirectory)
            exports.start(request.id) { await exporter.run(request) }
        case .cancelExport(let id):
            exports.cancel(id)
        case .quit:
            break
        // Writes
        case .perform(let action):
            work.start { await runner.perform(action) }
        // Log view
        case .fetchLogChoices(let token, let job):
            work.start { await runner.fetchLogChoices(token: token, job: job) }
        case .fetchLog(let token, let fetch):
            work.start { await runner.fetchLog(token: token, fetch) }
        case .scheduleLogPoll(let token, let delay):
            work.start { await runner.scheduleLogPoll(token: token, after: delay) }
        case .fetchLogJobStatus(let token, let job):
            work.start { await runner.fetchLogJobStatus(token: token, job: job) }
        case .saveLog(let token, let request):
            let directory = environment.exportDirectory
            work.start {
                do {
                    let path = try LogSaver.save(request, in: directory)
                    mailbox.post(.logSaved(token: token, path: path))
                } catch {
                    mailbox.post(.logSaveFailed(token: token, message: "could not save the log in \(directory)"))
                }
            }
        }
    }
}

extension BrowserRuntime {
    /// A page of jobs or of log text: decoding it left parse buffers (a 5 MB preview leaves its body, its
    /// repaired copy and the decoded text) that a trim gives back.
    static func isPageArrival(_ event: BrowserEvent) -> Bool {
        switch event {
        case .pageLoaded, .logLoaded: return true
        default: return false
        }
    }
}
