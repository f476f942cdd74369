import JobBrowser
import Logging
import ModelArts
import ModelArtsClient

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

    /// Connects to a profile off the terminal's thread; the client waits in `connected` until the
    /// reducer accepts the switch, so a late answer for an abandoned switch never takes over.
    func connectProfile(_ name: String, mailbox: Mailbox<BrowserEvent>) {
        guard let connect = hooks.connectProfile else {
            mailbox.post(.profileFailed(profile: name, message: "switching profiles is not available here"))
            return
        }
        let logger = self.logger
        let connected = self.connected
        Task.detached {
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

    /// Swaps in the new client just before the reducer sees the switch it belongs to.
    func adoptClient(for event: BrowserEvent, state: BrowserState) {
        guard case .profileConnected(let info) = event else { return }
        let client = connected.take(info.profile)
        if let client, state.profileNotice == .connecting(info.profile) { api = client }
    }

    /// Saves the view when it changed since the last save (or always, on quit).
    func saveView(_ state: BrowserState, force: Bool) {
        guard let save = hooks.saveView else { return }
        let key = SaveKey(state)
        guard force || key != lastSaved else { return }
        lastSaved = key
        save(key.view, key.profile, key.isDemo)
    }
}
