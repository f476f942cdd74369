import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("The log view drawn")
struct LogViewSnapshotTests {
    /// Lines a hostile or merely messy log holds.
    static let hostile = [
        "2026-01-01 10:00:00 \u{1B}[32mINFO\u{1B}[0m start",
        "title\u{1B}]0;pwned\u{07} clear\u{1B}[2J home\u{1B}[H up\u{1B}[5A end",
        "c1\u{9B}31m del\u{7F} nul\u{00} bell\u{07}",
        " 10%|█         |\r 50%|█████     |\r100%|██████████|",
        "tab\there",
        "日本語のログ \u{FFFD} bad bytes",
        "\u{1B}[1;31mERROR\u{1B}[0m failed at step 7",
        String(repeating: "long ", count: 40),
    ]

    /// A v1 log view showing `lines` (opened through the reducer, as the real one is).
    static func state(_ lines: [String], size: Size = Size(width: 80, height: 16), keys: [Key] = []) -> BrowserState {
        var s = ViewFixtures.loaded(SampleJobs.plain(10), size: size)
        ViewFixtures.press(&s, .char("l"))
        guard case .log(let session) = s.mode else { return s }
        for case .fetchLog(let token, let fetch) in s.reduce(.logChoicesLoaded(token: session.token, ["job.log"])) {
            let page = LogPage(text: lines.joined(separator: "\n"), firstLine: "1", lastLine: String(lines.count))
            _ = s.reduce(.logLoaded(token: token, fetch, page))
        }
        for key in keys { ViewFixtures.press(&s, key) }
        return s
    }

    /// Every cell holds something a terminal shows: no C0, DEL or C1 control anywhere in the frame.
    static func expectNoRawControl(_ buffer: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let bad = buffer[x, y].grapheme.unicodeScalars.filter {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                }
                #expect(bad.isEmpty, "raw control at \(x),\(y)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("hostile lines draw as text and colours, with controls as placeholders and nothing raw")
    func hostileLines() throws {
        let buffer = BrowserView.render(Self.state(Self.hostile))
        Self.expectNoRawControl(buffer)
        let text = (0..<buffer.height).map(buffer.rowText)
        let row = { (needle: String) throws -> Int in try #require(text.firstIndex { $0.contains(needle) }) }
        let info = try row("INFO")
        let infoX = try #require(Array(text[info]).firstIndex(of: "I"))
        #expect(buffer[infoX, info].role == .logGreen)
        #expect(try text[row("title")].hasPrefix("title clear home up end"))
        let c1 = try row("c1")
        #expect(text[c1].hasPrefix("c1�31m del␡ nul␀ bell␇"))
        #expect(buffer[2, c1].role == .placeholder)
        #expect(try text[row("100%")].hasPrefix("100%|██████████|"))
        #expect(try text[row("tab")].hasPrefix("tab     here"))
        #expect(try text[row("日本語")].hasPrefix("日本語のログ � bad bytes"))
        let error = try row("ERROR")
        #expect(buffer[0, error].role == .logRed)
        #expect(buffer[6, error].role == .normal)
        #expect(try text[row("long long")].count == 80)  // cut at the edge, no wrap
        #expect(text[2].contains("Log") && text[2].contains("job.log"))
        Snapshot.check(Snapshot.text(buffer), named: "log-hostile-80x16")
        Snapshot.check(Snapshot.roles(buffer), named: "log-hostile-roles-80x16")
    }

    @Test("wrapped, a long line takes several rows; scrolled right, lines start further in")
    func wrapAndScroll() throws {
        let lines = ["short", String(repeating: "0123456789", count: 20), "after"]
        let wrapped = BrowserView.render(Self.state(lines, keys: [.char("w")]))
        let text = (0..<wrapped.height).map(wrapped.rowText)
        let first = try #require(text.firstIndex { $0.hasPrefix("0123456789") })
        #expect(text[first + 1].hasPrefix("0123456789") && text[first + 2].hasPrefix("0123456789"))
        #expect(text[first + 3].hasPrefix("after"))
        let scrolled = BrowserView.render(Self.state(lines, keys: [.right]))
        #expect((0..<scrolled.height).map(scrolled.rowText).contains { $0.hasPrefix("0123456789") && $0.count == 80 })
        #expect(scrolled.rowText(scrolled.height - 2).contains("col 41"))
    }

    @Test("search matches are highlighted and the status line says where the view is")
    func searchHighlight() throws {
        var keys: [Key] = [.char("/")]
        keys += "ERROR".map { Key.char($0) }
        keys.append(.enter)
        let buffer = BrowserView.render(Self.state(Self.hostile, keys: keys))
        Self.expectNoRawControl(buffer)
        let row = try #require((0..<buffer.height).first { buffer.rowText($0).hasPrefix("ERROR") })
        #expect(buffer.rowRoles(row)[0..<5].allSatisfy { $0 == .logMatch })
        #expect(buffer.rowRoles(row)[6] == .normal)
        #expect(buffer.rowText(buffer.height - 2).contains("lines"))
    }

    @Test("a truncated v2 preview says how much of the log it holds")
    func truncationNote() throws {
        var s = ViewFixtures.loaded(SampleV2Jobs.plain(3), size: Size(width: 100, height: 16))
        ViewFixtures.press(&s, .char("l"))
        if case .log(let session) = s.mode, case .picking = session.stage { ViewFixtures.press(&s, .enter) }
        guard case .log(let session) = s.mode, let source = session.source else {
            Issue.record("no log view")
            return
        }
        _ = s.reduce(
            .logLoaded(
                token: session.token, .tail(source),
                LogPage(text: "a\nb", fullSize: 7_300_000, currentSize: 5_000_000)))
        let buffer = BrowserView.render(s)
        #expect(buffer.rowText(2).contains("last 5.0 MB of 7.3 MB"))
    }

    @Test("a 1 MB line draws only what fits, with and without wrap")
    func megabyteLine() {
        let big = String(repeating: "\u{1B}[33mwarn\u{1B}[0m ", count: 100_000)
        for keys in [[], [Key.char("w")]] {
            let buffer = BrowserView.render(Self.state(["before", big, "after"], keys: keys))
            Self.expectNoRawControl(buffer)
            #expect((0..<buffer.height).contains { buffer.rowText($0).hasPrefix("warn warn") })
        }
    }
}
