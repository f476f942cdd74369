import MajobsSettings
import ModelArts
import TerminalUI

/// A `[keys]` entry the keymap cannot take: one line naming the place, the value and what is allowed.
public struct KeymapConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

extension Keymap {
    /// The keymap with the config's rebindings applied, or the first problem: an unknown context,
    /// action or key name, or two actions on one key in one context (global keys count in every context).
    public func applying(_ rebindings: [KeyRebinding]) throws(KeymapConfigError) -> Keymap {
        var map = self
        var origin: [String: KeyRebinding] = [:]
        for r in rebindings {
            let context = try Self.context(of: r)
            let table = r.context == nil ? "[keys]" : "[keys.\(r.context ?? "")]"
            guard let action = Self.action(named: r.action) else {
                throw KeymapConfigError(
                    "\(r.location): unknown action '\(r.action)' in \(table) (known: \(map.actionNames(in: context)))")
            }
            // `[keys]` covers the job table and the keys that work anywhere (Ctrl-C).
            let target: KeyContext
            if r.context == nil, map.bindings(in: .table).allSatisfy({ $0.action != action }),
                map.bindings(in: .global).contains(where: { $0.action == action })
            {
                target = .global
            } else {
                target = context
            }
            guard map.bindings(in: target).contains(where: { $0.action == action }) else {
                throw KeymapConfigError(
                    "\(r.location): action '\(r.action)' does nothing in \(table) "
                        + "(known: \(map.actionNames(in: context)))")
            }
            map.rebind(action, in: target, to: try Self.keys(r))
            origin["\(target.rawValue).\(action.rawValue)"] = r
        }
        if let conflict = map.firstConflict() {
            let blamed =
                origin["\(conflict.context.rawValue).\(conflict.second.rawValue)"]
                ?? origin["\(conflict.context.rawValue).\(conflict.first.rawValue)"]
                ?? origin["global.\(conflict.second.rawValue)"] ?? origin["global.\(conflict.first.rawValue)"]
            let place = blamed.map { "\($0.location): " } ?? ""
            throw KeymapConfigError(
                "\(place)key '\(conflict.key)' is bound to both \(conflict.first.rawValue) and "
                    + "\(conflict.second.rawValue) in \(conflict.context.title.lowercased()): "
                    + "unbind one (action = \"none\") or choose another key")
        }
        return map
    }

    /// Two actions sharing a key in one context (the context's own bindings plus the global ones).
    public func firstConflict() -> (context: KeyContext, key: Key, first: BrowserAction, second: BrowserAction)? {
        let global = bindings(in: .global)
        for context in KeyContext.allCases where context != .global {
            var owner: [Key: BrowserAction] = [:]
            for binding in global + bindings(in: context) {
                for key in binding.keys {
                    if let other = owner[key], other != binding.action {
                        return (context, key, other, binding.action)
                    }
                    owner[key] = binding.action
                }
            }
        }
        return nil
    }

    static func context(of r: KeyRebinding) throws(KeymapConfigError) -> KeyContext {
        guard let name = r.context else { return .table }
        guard let context = KeyContext(rawValue: name.lowercased()) else {
            let known = KeyContext.allCases.map { "[keys.\($0.rawValue)]" }.joined(separator: ", ")
            throw KeymapConfigError("\(r.location): unknown key table [keys.\(name)] (known: [keys], \(known))")
        }
        return context
    }

    /// Matches `moveDown`, `movedown`, `move_down` and `move-down`.
    static func action(named name: String) -> BrowserAction? {
        let wanted = name.lowercased().filter { $0 != "_" && $0 != "-" }
        return BrowserAction.allCases.first { $0.rawValue.lowercased() == wanted }
    }

    func actionNames(in context: KeyContext) -> String {
        var names = bindings(in: context).map(\.action.rawValue)
        if context == .table { names += bindings(in: .global).map(\.action.rawValue) }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.joined(separator: ", ")
    }

    static func keys(_ r: KeyRebinding) throws(KeymapConfigError) -> [Key] {
        if r.keys.contains(where: { $0.lowercased() == "none" }) {
            guard r.keys.count == 1 else {
                throw KeymapConfigError("\(r.location): \(r.action): \"none\" must stand alone to unbind the action")
            }
            return []
        }
        var keys: [Key] = []
        for name in r.keys {
            guard let key = KeyNames.key(name) else {
                throw KeymapConfigError(
                    "\(r.location): \(r.action): unknown key name '\(name)' (use \(KeyNames.allowedSummary))")
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }
}
