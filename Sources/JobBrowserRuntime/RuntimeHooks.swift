import JobBrowser
import MajobsSettings
import ModelArts
import Synchronization

/// A profile the command line connected to for the switcher: the client to use from now on and
/// what the reducer needs to know about it.
public struct ProfileConnection: Sendable {
    public var api: any JobsAPI
    public var info: ProfileSwitch

    public init(api: any JobsAPI, info: ProfileSwitch) {
        self.api = api
        self.info = info
    }
}

/// What the runtime asks of the command that started it, beyond the first connection.
public struct RuntimeHooks: Sendable {
    /// Resolves and connects to a config profile (the switcher); throws a one-line error.
    public var connectProfile: (@Sendable (String) async throws -> ProfileConnection)?
    /// Saves the view state of a profile (`profile`, `isDemo`); called on every change and on quit.
    /// Runs on the terminal's thread, so it must be quick (one small file write).
    public var saveView: (@Sendable (SavedView, _ profile: String?, _ isDemo: Bool) -> Void)?
    /// The first profile's view as its file held it at start (read even with `--fresh`; nil when none):
    /// saves apply only the person's changes to it, so one-off flags and `--fresh` never overwrite it.
    public var savedView: SavedView?

    public init(
        connectProfile: (@Sendable (String) async throws -> ProfileConnection)? = nil,
        saveView: (@Sendable (SavedView, _ profile: String?, _ isDemo: Bool) -> Void)? = nil,
        savedView: SavedView? = nil
    ) {
        self.connectProfile = connectProfile
        self.saveView = saveView
        self.savedView = savedView
    }
}

/// Clients the switcher connected, waiting for the reducer to accept the switch they belong to.
final class PendingClients: Sendable {
    private let clients = Mutex<[String: any JobsAPI]>([:])

    func put(_ api: any JobsAPI, for profile: String) { clients.withLock { $0[profile] = api } }

    func take(_ profile: String) -> (any JobsAPI)? { clients.withLock { $0.removeValue(forKey: profile) } }

    /// The client waiting for `profile`, left in place (its first page is fetched through it).
    func peek(_ profile: String) -> (any JobsAPI)? { clients.withLock { $0[profile] } }
}
