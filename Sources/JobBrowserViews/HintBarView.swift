import JobBrowser
import TerminalUI

/// The key hints for whatever has the keyboard, drawn from the live keymap.
///
/// Holds everything the line shows: it changes only with the mode's hint scope (and the keymap and
/// glyphs), so a key that moves the selection leaves it as it was.
struct HintBarView: Equatable {
    var keymap: Keymap
    var scope: HintScope
    var options: ViewOptions

    init(_ state: BrowserState, options: ViewOptions) {
        keymap = state.shownKeymap
        scope = state.hintScope
        self.options = options
    }

    /// Draws the hints on line `y`; when they do not all fit, those just before help and quit go first.
    func draw(y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .normal)
        var items: [(keys: String, label: String)] = keymap.hints(for: scope).map { hint in
            let keys = hint.keys.map(options.keyName)
            let allSingle = keys.count > 2 && keys.allSatisfy { $0.count == 1 }
            return (keys.joined(separator: allSingle ? "" : "/"), hint.label)
        }
        let width = { (list: [(keys: String, label: String)]) in
            list.reduce(0) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.label) + 2 }
        }
        // The last two hints (help, quit) matter most when space runs out: drop from just before them.
        // `width` counts a gap after every hint and the bar starts at x 1: it fits when that is at most the width.
        while width(items) > buffer.width, items.count > 2 { items.remove(at: items.count - 3) }
        var x = 1
        for item in items {
            guard x + DisplayWidth.of(item.keys) + 1 + DisplayWidth.of(item.label) <= buffer.width - 1 else { break }
            x += buffer.put(item.keys, x: x, y: y, role: .keyHint)
            x += buffer.put(" " + item.label, x: x, y: y, role: .dim)
            x += 2
        }
    }
}
