import Foundation
import JobBrowser
import JobBrowserViews
import Logging
import ModelArts
import ModelArtsClient
import NcursesTerminal
import TerminalUI

/// The one loop that owns the terminal. It sleeps in `poll()` until a key, a resize or a result
/// arrives, feeds each as an event to the pure reducer, runs the effects it returns as tasks
/// (whose results come back through the mailbox), and presents the pure render. No timer runs
/// while idle. Every ncurses call happens on the thread that calls `run()`.
public final class BrowserRuntime {
    private let terminal: NcursesTerminal
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
    let exports = ExportTasks()

    public init(
        terminal: NcursesTerminal, api: any JobsAPI, config: BrowserConfig, logger: Logger,
        hooks: RuntimeHooks = RuntimeHooks()
    ) {
        self.terminal = terminal
        self.api = api
        self.config = config
        self.logger = logger
        self.hooks = hooks
    }

    /// Runs until the person quits; returns the exit status (0 for `q`, 130 for Ctrl-C).
    public func run() throws -> Int32 {
        Self.limitMallocArenas()
        let pipe = try WakePipe()
        terminal.wakeOnResize(pipe)
        let mailbox = Mailbox<BrowserEvent>(wake: { pipe.wake() })
        let waiter = EventLoopWaiter(inputDescriptor: terminal.inputDescriptor, wakePipe: pipe)
        let options = ViewOptions(unicode: terminal.supportsUnicode)
        var state = BrowserState(config: config, size: terminal.size, nowMS: Self.nowMS())
        var events: [BrowserEvent] = [.resized(terminal.size), .start]
        let crashKey = DebugCrash.key(in: ProcessInfo.processInfo.environment)
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
            terminal.present(renderer.frame, changedRows: changed)
            saveView(state, force: false)  // after the frame: not between a key and its first byte
            if events.contains(where: Self.isPageArrival) { Self.returnFreedMemory() }
            if waiter.inputClosed { return 129 }
            // Sleep until a key, a result, or the state's next deadline (auto-refresh, the "ago" tick);
            // with auto-refresh off there is no deadline and nothing wakes an idle browser.
            let timeout = state.wakeDeadlineMS.map { Int(clamping: max(0, $0 - Self.nowMS() + 1)) }
            let reason = waiter.wait(timeoutMS: timeout)
            events = [.tick(nowMS: Self.nowMS())]
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
        let runner = EffectRunner(api: api, logger: logger, mailbox: mailbox)
        switch effect {
        case .fetch(let request, let generation):
            Task.detached { await runner.fetchPage(request, generation: generation) }
        case .debounce(let generation, let afterMS):
            Task.detached { await runner.debounce(generation: generation, afterMS: afterMS) }
        case .fetchVersions(let id):
            Task.detached { await runner.fetchVersions(id) }
        case .connectProfile(let name):
            connectProfile(name, mailbox: mailbox)
        case .fetchForProfile(let name, let request):
            fetchForProfile(name, request: request, mailbox: mailbox)
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
        case .export(let request):
            let env = ProcessInfo.processInfo.environment
            let directory =
                env["MAJOBS_EXPORT_DIR"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.currentDirectoryPath
            let exporter = ExportRunner(api: api, logger: logger, mailbox: mailbox, directory: directory)
            exports.start(request.id) { await exporter.run(request) }
        case .cancelExport(let id):
            exports.cancel(id)
        case .quit:
            break
        }
    }

    static func nowMS() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    static func isPageArrival(_ event: BrowserEvent) -> Bool {
        if case .pageLoaded = event { return true }
        return false
    }

    /// One malloc arena for the threads that decode pages from here on: with one arena per
    /// fetching thread, each kept its own freed megabytes (RSS after 50 pages of 1000: ~3 MiB more).
    static func limitMallocArenas() {
        #if canImport(Glibc)
            _ = glibcMallopt(-8, 1)  // M_ARENA_MAX (malloc.h)
        #endif
    }

    /// Hands memory freed since the last page back to the system. Decoding a page of 1,000 jobs
    /// leaves megabytes of freed parse buffers in the fetching threads' malloc arenas, and glibc
    /// keeps them: RSS after 50 pages of 1000 stayed ~8 MiB higher (docs/PERFORMANCE.md). Once
    /// per page that arrived, after it is on screen, so it never delays a key.
    static func returnFreedMemory() {
        #if canImport(Glibc)
            _ = glibcMallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
    /// glibc's `malloc_trim(3)` (declared in <malloc.h>, which the Glibc module does not include).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32

    /// glibc's `mallopt(3)` (also only in <malloc.h>).
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
