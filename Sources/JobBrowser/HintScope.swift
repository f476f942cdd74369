/// What the hint bar describes: the key context that has the keyboard, narrowed by what the mode
/// is doing (the detail panel showing raw JSON, an export running), so the bar offers only keys
/// that do what it says there.
public struct HintScope: Hashable, Sendable {
    public var context: KeyContext
    /// The detail panel shows the raw JSON: its toggle goes back to the fields, close too.
    public var showsRaw: Bool
    /// An export is writing: only cancelling does anything.
    public var exporting: Bool

    public init(context: KeyContext, showsRaw: Bool = false, exporting: Bool = false) {
        self.context = context
        self.showsRaw = showsRaw
        self.exporting = exporting
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
        default: return HintScope(context: keyContext)
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
        guard scope.showsRaw else { return all }
        return all.map { hint in
            switch hint.label {
            case "raw JSON": return KeyHint(keys: hint.keys, label: "fields")
            case "close": return KeyHint(keys: hint.keys, label: "back")
            default: return hint
            }
        }
    }
}
