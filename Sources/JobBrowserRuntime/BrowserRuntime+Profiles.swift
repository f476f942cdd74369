import JobBrowser
import Logging
import MajobsSettings
import ModelArts

extension BrowserRuntime {
    /// What was last saved: the view and whose it is.
    struct SaveKey: Equatable {
        var view: SavedView
        var profile: String?
        var isDemo: Bool

        init(_ state: BrowserState) {
            view = state.savedView
            profile = state.config.profileName
            isDemo = state.config.isDemo
        }
    }

    /// Where a profile's view started this run and what its file held then: a save writes the file's
    /// view with only the person's changes applied (`SavedView.applying`), never one-off flags or `--fresh`.
    struct ViewOrigin {
        var profile: String?
        var isDemo: Bool
        var start: SavedView
        var base: SavedView
    }

    /// Starts tracking the first profile's view: its start is the state's, its base the file's (from the hooks).
    func beginSavingViews(_ state: BrowserState) {
        let key = SaveKey(state)
        viewOrigin = ViewOrigin(
            profile: key.profile, isDemo: key.isDemo, start: key.view,
            base: hooks.savedView ?? SavedView())
        lastSaved = saveKey(for: state)
    }

    /// What to save for `state`: its profile's file view with this run's changes applied. A profile
    /// switched to starts (and is based) where the switch left it, its own saved view applied.
    func saveKey(for state: BrowserState) -> SaveKey {
        var key = SaveKey(state)
        if viewOrigin?.profile != key.profile || viewOrigin?.isDemo != key.isDemo {
            viewOrigin = ViewOrigin(profile: key.profile, isDemo: key.isDemo, start: key.view, base: key.view)
        }
        if let origin = viewOrigin { key.view = origin.base.applying(changesFrom: origin.start, to: key.view) }
        return key
    }

    /// Connects to a profile off the terminal's thread; the client waits in `connected` until its
    /// first page loads and the reducer accepts the switch, so a late answer for an abandoned switch
    /// (or a profile the server refuses) never takes over.
    func connectProfile(_ name: String, mailbox: Mailbox<BrowserEvent>) {
        guard let connect = hooks.connectProfile else {
            mailbox.post(.profileFailed(profile: name, message: "switching profiles is not available here"))
            return
        }
        let logger = self.logger
        let connected = self.connected
        environment.work.start {
            do {
                let connection = try await connect(name)
                connected.put(connection.api, for: name)
                logger.info("profile connected", metadata: ["profile": "\(name)"])
                mailbox.post(.profileConnected(connection.info))
            } catch {
                let message = OneLine.clean(String(describing: error), limit: 200)
                logger.warning("profile switch failed", metadata: ["profile": "\(name)", "error": "\(message)"])
                mailbox.post(.profileFailed(profile: name, message: message))
            }
        }
    }

    /// Fetches the first page of a profile being switched to through that profile's own client; the
    /// switch (and the client) is taken only when it loads, so a profile the server refuses never takes over.
    func fetchForProfile(_ name: String, request: FetchRequest, mailbox: Mailbox<BrowserEvent>) {
        guard let client = connected.peek(name) else {
            mailbox.post(.profileFailed(profile: name, message: "the connection was lost"))
            return
        }
        let logger = self.logger
        environment.work.start {
            do throws(APIError) {
                let page = try await request.fetch(from: client)
                mailbox.post(.profilePageLoaded(profile: name, request, page))
            } catch {
                logger.warning(
                    "profile first page failed",
                    metadata: ["profile": "\(name)", "error": "\(error.message)"])
                mailbox.post(.profileFailed(profile: name, message: error.message))
            }
        }
    }

    /// Swaps in the new client just before the reducer sees the first page that completes the switch;
    /// drops it when the switch failed.
    func adoptClient(for event: BrowserEvent, state: BrowserState) {
        switch event {
        case .profilePageLoaded(let name, let request, _):
            guard state.acceptsProfilePage(name, request: request), let client = connected.take(name) else { return }
            api = client
        case .profileFailed(let name, _):
            _ = connected.take(name)
        default:
            return
        }
    }

    /// Saves the view when it changed since the last save (or always, on quit).
    func saveView(_ state: BrowserState, force: Bool) {
        guard let save = hooks.saveView else { return }
        let key = saveKey(for: state)
        guard force || key != lastSaved else { return }
        lastSaved = key
        save(key.view, key.profile, key.isDemo)
    }
}
