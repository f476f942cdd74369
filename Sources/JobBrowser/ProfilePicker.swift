/// The profile switcher: the config's profile names, the active one marked, one highlighted.
public struct ProfilePicker: Hashable, Sendable {
    public let names: [String]
    /// The profile in use (marked in the list), nil when none was chosen.
    public let current: String?
    public private(set) var index: Int

    /// Opens with the active profile highlighted.
    public init(names: [String], current: String?) {
        self.names = names
        self.current = current
        self.index = current.flatMap { names.firstIndex(of: $0) } ?? 0
    }

    /// The highlighted name, nil when there are none.
    public var highlighted: String? { names.indices.contains(index) ? names[index] : nil }

    /// Moves the highlight, stopping at either end.
    public mutating func move(by delta: Int) {
        select(index + delta)
    }

    /// Highlights entry `i` (clamped).
    public mutating func select(_ i: Int) {
        index = min(max(0, i), max(0, names.count - 1))
    }
}

/// A profile the runtime has connected to, with its saved view (nil: keep the current one).
public struct ProfileSwitch: Hashable, Sendable {
    public var profile: String
    public var sourceLabel: String
    public var isDemo: Bool
    public var view: SavedView?

    public init(profile: String, sourceLabel: String, isDemo: Bool = false, view: SavedView? = nil) {
        self.profile = profile
        self.sourceLabel = sourceLabel
        self.isDemo = isDemo
        self.view = view
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
