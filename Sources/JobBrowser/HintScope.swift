import ModelArts

/// What the hint bar describes: the key context that has the keyboard, narrowed by what the mode
/// is doing (the detail panel showing raw JSON, an export running), so the bar offers only keys
/// that do what it says there.
public struct HintScope: Hashable, Sendable {
    public var context: KeyContext
    /// The detail panel shows the raw JSON: its toggle goes back to the fields, close too.
    public var showsRaw: Bool
    /// An export is writing: only cancelling does anything.
    public var exporting: Bool
    /// There is another profile to switch to, so the table's bar offers the switcher's key.
    public var switchesProfiles: Bool
    /// The API the switch key would show (the account answers both), nil when there is nothing to switch to.
    public var switchesAPITo: APIVersion?
    /// A stop confirmation: `y` stops and every other key cancels (a delete's confirmation takes typed text).
    public var confirmsStop = false

    public init(context: KeyContext, showsRaw: Bool = false, exporting: Bool = false, switchesProfiles: Bool = false) {
        self.context = context
        self.showsRaw = showsRaw
        self.exporting = exporting
        self.switchesProfiles = switchesProfiles
    }
}

extension BrowserState {
    /// The hint bar's scope now: the mode's, plus the profile switcher when the config has more than one.
    public var hintScope: HintScope {
        var scope = mode.hintScope
        scope.switchesProfiles = config.profiles.count > 1
        scope.switchesAPITo = apiLists.canSwitch ? api.other : nil
        return scope
    }
}

extension BrowserMode {
    /// The hint bar's scope in this mode.
    public var hintScope: HintScope {
        switch self {
        case .detail(let panel): return HintScope(context: .detail, showsRaw: panel.showsRaw)
        case .export(let session):
            if case .running = session.phase { return HintScope(context: .export, exporting: true) }
            return HintScope(context: .export)
        case .table, .search, .statusPicker, .help, .profilePicker: return HintScope(context: keyContext)
        // Writes
        case .confirm(let confirm):
            var scope = HintScope(context: .confirm)
            scope.confirmsStop = !confirm.isDelete
            return scope
        // Log view
        case .log: return HintScope(context: keyContext)
        }
    }
}

extension Keymap {
    /// The hint bar for `scope`: the context's hints (`hints(for:)`), relabelled or cut to what works.
    public func hints(for scope: HintScope) -> [KeyHint] {
        let all = hints(for: scope.context)
        if scope.exporting {
            return all.filter { $0.label == "cancel" }
        }
        if scope.confirmsStop {
            return [KeyHint(keys: [.char("y")], label: "stop"), KeyHint(keys: [.escape, .enter], label: "cancel")]
        }
        guard scope.showsRaw else { return withAPIHint(withProfileHint(all, scope: scope), scope: scope) }
        return all.map { hint in
            switch hint.label {
            case "raw JSON": return KeyHint(keys: hint.keys, label: "fields")
            case "close": return KeyHint(keys: hint.keys, label: "back")
            default: return hint
            }
        }
    }

    /// `P profile` after the sort hint in the table's bar, when there is a profile to switch to and a key
    /// for it. It comes before details and refresh, so a narrow bar drops those first (80 columns keep it).
    func withProfileHint(_ hints: [KeyHint], scope: HintScope) -> [KeyHint] {
        guard scope.switchesProfiles, scope.context == .table || scope.context == .global,
            let key = keys(for: .switchProfile, in: .table).first ?? keys(for: .switchProfile, in: .global).first
        else { return hints }
        var hints = hints
        let at = hints.firstIndex { $0.label == "sort" }.map { $0 + 1 } ?? max(0, hints.count - 2)
        hints.insert(KeyHint(keys: [key], label: "profile"), at: at)
        return hints
    }

    /// `Tab v1 (old)` after the sort hint in the table's bar when the account answers both APIs (absent
    /// otherwise: the key would do nothing). It names the list the key shows.
    func withAPIHint(_ hints: [KeyHint], scope: HintScope) -> [KeyHint] {
        guard let target = scope.switchesAPITo, scope.context == .table || scope.context == .global,
            let key = keys(for: .switchAPI, in: .table).first ?? keys(for: .switchAPI, in: .global).first
        else { return hints }
        var hints = hints
        let at = hints.firstIndex { $0.label == "sort" }.map { $0 + 1 } ?? max(0, hints.count - 2)
        hints.insert(KeyHint(keys: [key], label: target == .v2 ? "v2 (new)" : "v1 (old)"), at: at)
        return hints
    }
}
