import MajobsSettings

/// One config profile as the switcher lists it: its name and what tells it apart, never a secret.
public struct ProfileEntry: Hashable, Sendable {
    /// How a profile authenticates, as far as the config file says.
    public enum Auth: String, Hashable, Sendable {
        /// Access key and secret key request signing (keys from the profile, its file, or the environment).
        case akSk = "AK/SK"
        /// An IAM token from a user's password.
        case token
    }

    public var name: String
    /// Where it connects: the region, else the endpoint's host (nil when the profile sets neither).
    public var place: String?
    public var auth: Auth?

    public init(name: String, place: String? = nil, auth: Auth? = nil) {
        self.name = name
        self.place = place
        self.auth = auth
    }

    /// `cn-north-4 · AK/SK`: what the switcher shows after the name (empty when nothing is known).
    public func summary(separator: String = "·") -> String {
        [place, auth?.rawValue].compactMap { $0 }.joined(separator: " \(separator) ")
    }
}

/// The profile switcher: the config's profiles, the active one marked, one highlighted.
public struct ProfilePicker: Hashable, Sendable {
    public let entries: [ProfileEntry]
    /// The profile in use (marked in the list), nil when none was chosen.
    public let current: String?
    public private(set) var index: Int

    /// Opens with the active profile highlighted.
    public init(entries: [ProfileEntry], current: String?) {
        self.entries = entries
        self.current = current
        self.index = current.flatMap { name in entries.firstIndex { $0.name == name } } ?? 0
    }

    /// A picker of bare names (nothing known about them but the name).
    public init(names: [String], current: String?) {
        self.init(entries: names.map { ProfileEntry(name: $0) }, current: current)
    }

    /// The profile names, in list order.
    public var names: [String] { entries.map(\.name) }

    /// The highlighted name, nil when there are none.
    public var highlighted: String? { entries.indices.contains(index) ? entries[index].name : nil }

    /// Moves the highlight, stopping at either end.
    public mutating func move(by delta: Int) {
        select(index + delta)
    }

    /// Highlights entry `i` (clamped).
    public mutating func select(_ i: Int) {
        index = min(max(0, i), max(0, entries.count - 1))
    }
}

/// A profile the runtime has connected to, with its saved view (nil: keep the current one).
public struct ProfileSwitch: Hashable, Sendable {
    public var profile: String
    public var sourceLabel: String
    public var isDemo: Bool
    public var view: SavedView?
    /// True when this connection refuses writes (`--read-only`, or `read_only` in the profile).
    public var readOnly: Bool

    public init(
        profile: String, sourceLabel: String, isDemo: Bool = false, view: SavedView? = nil, readOnly: Bool = false
    ) {
        self.profile = profile
        self.sourceLabel = sourceLabel
        self.isDemo = isDemo
        self.view = view
        self.readOnly = readOnly
    }
}

/// What the status line says about a profile switch.
public enum ProfileNotice: Hashable, Sendable {
    /// Waiting for the connection to this profile.
    case connecting(String)
    /// Switching to this profile failed; the current one stays. The message is one line, without secrets.
    case failed(String, message: String)
}

/// A profile switch waiting for its first page: the connection and the request that page answers.
public struct PendingProfile: Hashable, Sendable {
    public var connected: ProfileSwitch
    public var request: FetchRequest

    public init(connected: ProfileSwitch, request: FetchRequest) {
        self.connected = connected
        self.request = request
    }
}
