import TerminalUI

/// Key names as written in the config's `[keys]` table: a single character (`j`, `G`, `/`),
/// `ctrl-x`, `f1`...`f12`, or a word such as `enter`, `esc`, `up`, `pgdn`, `space`.
public enum KeyNames {
    /// The named keys, lower-case, for parsing and for messages.
    static let named: [(String, Key)] = [
        ("enter", .enter), ("return", .enter), ("esc", .escape), ("escape", .escape), ("tab", .tab),
        ("backtab", .backTab), ("shift-tab", .backTab), ("backspace", .backspace), ("delete", .delete),
        ("del", .delete), ("insert", .insert), ("ins", .insert), ("up", .up), ("down", .down), ("left", .left),
        ("right", .right), ("home", .home), ("end", .end), ("pgup", .pageUp), ("pageup", .pageUp),
        ("pgdn", .pageDown), ("pagedown", .pageDown), ("space", .char(" ")),
    ]

    /// What a message lists as allowed.
    public static let allowedSummary =
        "a single character, ctrl-a...ctrl-z, f1...f12, or one of "
        + "enter, esc, tab, backtab, backspace, delete, insert, up, down, left, right, home, end, pgup, pgdn, space"

    /// The key a config name stands for, or nil when the name means nothing.
    public static func key(_ name: String) -> Key? {
        if name.count == 1, let c = name.first {
            // A lone control character or a space-like one would be invisible in the hint bar.
            guard !c.isWhitespace, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
                return c == " " ? .char(" ") : nil
            }
            return .char(c)
        }
        let lower = name.lowercased()
        if let hit = named.first(where: { $0.0 == lower }) { return hit.1 }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
            return .ctrl(c)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        return nil
    }
}
