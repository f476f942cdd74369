import Testing
import TerminalUI

@Suite("Glyphs")
struct GlyphsTests {
    static func all(_ g: Glyphs) -> [String] {
        [
            g.queued, g.running, g.succeeded, g.failed, g.stopping, g.stopped, g.unknown, g.sortAscending,
            g.sortDescending, g.ellipsis, g.separator, g.horizontal, g.vertical, g.topLeft, g.topRight,
            g.bottomLeft, g.bottomRight,
        ]
    }

    @Test("the Unicode set has the documented status glyphs and arrows")
    func unicode() {
        let g = Glyphs.forTerminal(supportsUnicode: true)
        #expect(g == .unicode)
        #expect(
            [g.running, g.failed, g.queued, g.succeeded, g.stopping, g.stopped, g.unknown]
                == ["▶", "✗", "…", "✓", "■", "◼", "?"])
        #expect(g.sortAscending == "▲" && g.sortDescending == "▼")
        #expect(g.ellipsis == "…")
        #expect(g.horizontal == "─" && g.vertical == "│")
    }

    @Test("the ASCII set is printable ASCII only")
    func ascii() {
        let g = Glyphs.forTerminal(supportsUnicode: false)
        #expect(g == .ascii)
        #expect(g.sortAscending == "^" && g.sortDescending == "v" && g.ellipsis == "~")
        for s in Self.all(g) {
            #expect(s.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }, "\(s)")
        }
    }

    @Test("every glyph is exactly one cell in both sets, so layout does not change")
    func oneCell() {
        for s in Self.all(.unicode) + Self.all(.ascii) {
            #expect(DisplayWidth.of(s) == 1, "\(s)")
        }
    }

    @Test("status glyphs are distinct within a set and exist for every status role")
    func statusGlyphs() throws {
        for set in [Glyphs.unicode, .ascii] {
            let roles: [StyleRole] = [
                .statusQueued, .statusRunning, .statusSucceeded, .statusFailed, .statusStopping, .statusStopped,
                .statusUnknown,
            ]
            let glyphs = try roles.map { try #require(set.status(for: $0)) }
            #expect(Set(glyphs).count == roles.count)
        }
        #expect(Glyphs.unicode.status(for: .title) == nil)
    }
}
