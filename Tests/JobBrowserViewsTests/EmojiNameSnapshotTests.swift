import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// A page holding emoji ZWJ sequences and flags (the hostile job 9008's name): each cluster is one
/// cell group, cut only between clusters, and nothing leaks into the row below.
@Suite("Emoji name snapshots")
struct EmojiNameSnapshotTests {
    static let emojiName = "🚀👩\u{200D}👩\u{200D}👧\u{200D}👦 emoji 🇨🇳"

    static func jobs() -> [TrainingJob] {
        var jobs = SampleJobs.plain(4)
        jobs[0].name = emojiName
        jobs[0].description = "flags 🇯🇵🇺🇸 skin 👍🏽 keycap 1\u{FE0F}\u{20E3}"
        jobs[2].name = String(repeating: "👨\u{200D}💻", count: 30)
        return jobs
    }

    @Test(
        "emoji sequences render whole at 120x40 and 80x24, and the row below has no stray joiner",
        arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)])
    func emojiRows(size: Size) throws {
        var state = ViewFixtures.loaded(Self.jobs(), size: size)
        ViewFixtures.press(&state, .enter)
        ViewFixtures.press(&state, .escape)
        let buffer = BrowserView.render(state)
        let rows = (0..<buffer.height).map(buffer.rowText)
        let emojiRow = try #require(rows.firstIndex { $0.contains(Self.emojiName) }, "\(buffer.text)")
        #expect(!rows[emojiRow + 1].unicodeScalars.contains { $0.value == 0x200D }, "\(rows[emojiRow + 1])")
        // Every drawn cell is a whole cluster of some row's text (or of the chrome), never a part.
        let joiners = buffer.cells.filter { $0.grapheme.unicodeScalars.contains { $0.value == 0x200D } }
        #expect(joiners.allSatisfy { $0.grapheme.unicodeScalars.count > 1 && DisplayWidth.of($0.grapheme) == 2 })
        Snapshot.check(Snapshot.text(buffer), named: "emoji-names-\(size.width)x\(size.height)")
    }
}
