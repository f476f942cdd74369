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
    private let api: any JobsAPI
    private let config: BrowserConfig
    private let logger: Logger

    public init(terminal: NcursesTerminal, api: any JobsAPI, config: BrowserConfig, logger: Logger) {
        self.terminal = terminal
        self.api = api
        self.config = config
        self.logger = logger
    }

    /// Runs until the person quits; returns the exit status (0 for `q`, 130 for Ctrl-C).
    public func run() throws -> Int32 {
        let pipe = try WakePipe()
        terminal.wakeOnResize(pipe)
        let mailbox = Mailbox<BrowserEvent>(wake: { pipe.wake() })
        let waiter = EventLoopWaiter(inputDescriptor: terminal.inputDescriptor, wakePipe: pipe)
        let options = ViewOptions(unicode: terminal.supportsUnicode)
        var state = BrowserState(config: config, size: terminal.size, nowMS: Self.nowMS())
        var events: [BrowserEvent] = [.resized(terminal.size), .start]
        while true {
            for event in events {
                for effect in state.reduce(event) {
                    if case .quit(let code) = effect { return code }
                    perform(effect, mailbox: mailbox)
                }
            }
            terminal.present(BrowserView.render(state, options: options))
            if waiter.inputClosed { return 129 }
            let reason = waiter.wait(timeoutMS: nil)
            events = [.tick(nowMS: Self.nowMS())]
            switch reason {
            case .input:
                for key in terminal.readKeys() {
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
        case .quit:
            break
        }
    }

    static func nowMS() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
}
