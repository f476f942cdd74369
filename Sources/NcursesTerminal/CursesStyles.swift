import CNcurses
import TerminalUI

/// A theme turned into what curses draws with: attributes and a colour pair per role.
struct CursesStyles {
    struct Entry {
        var attributes: attr_t
        var pair: Int16
        /// A blank in this style looks like a blank in any other such style (no reverse, no underline,
        /// the terminal's own background), so `present` may draw it in its neighbour's style and save
        /// the attribute switch (docs/PERFORMANCE.md: bytes per move).
        var plainBlank = false
    }

    private var entries: [Entry]

    /// Builds the table and, when `useColor`, registers one curses colour pair per distinct
    /// foreground/background combination. Must run after `start_color()`.
    init(theme: Theme, useColor: Bool, defaultColors: Bool) {
        var pairs: [CellStyle: Int16] = [:]
        let maxPairs = Int(cn_color_pairs())
        entries = StyleRole.allCases.map { role in
            let style = theme.style(for: role)
            var attributes = cn_a_normal()
            if style.bold { attributes |= cn_a_bold() }
            if style.dim { attributes |= cn_a_dim() }
            if style.reverse { attributes |= cn_a_reverse() }
            if style.underline { attributes |= cn_a_underline() }
            let plain = !style.reverse && !style.underline && style.background == nil
            guard useColor, style.hasColor else { return Entry(attributes: attributes, pair: 0, plainBlank: plain) }
            let colors = CellStyle(foreground: style.foreground, background: style.background)
            if let pair = pairs[colors] { return Entry(attributes: attributes, pair: pair, plainBlank: plain) }
            let number = pairs.count + 1
            guard number < maxPairs else { return Entry(attributes: attributes, pair: 0, plainBlank: plain) }
            // -1 is "the terminal's own colour" and needs use_default_colors(); otherwise white on black.
            let fg = Int16(style.foreground?.rawValue ?? (defaultColors ? -1 : Int(COLOR_WHITE)))
            let bg = Int16(style.background?.rawValue ?? (defaultColors ? -1 : Int(COLOR_BLACK)))
            guard init_pair(Int16(number), fg, bg) == OK else {
                return Entry(attributes: attributes, pair: 0, plainBlank: plain)
            }
            pairs[colors] = Int16(number)
            return Entry(attributes: attributes, pair: Int16(number), plainBlank: plain)
        }
    }

    subscript(role: StyleRole) -> Entry { entries[Int(role.rawValue)] }
}
