import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Stop and delete snapshots: the confirmation boxes, a row being stopped, the read-only hint bar")
struct WriteConfirmSnapshotTests {
    /// Ten v1 jobs with the selection moved to the first one `wanted` accepts.
    static func on(_ size: Size, readOnly: Bool = false, where wanted: (TrainingJob) -> Bool) -> BrowserState {
        var config = ViewFixtures.config()
        config.readOnly = readOnly
        var s = BrowserState(config: config, size: size, nowMS: SampleJobs.nowMS)
        ViewFixtures.answerFirst(s.reduce(.start), with: SampleJobs.plain(10), total: nil, state: &s)
        for _ in 0..<10 where !(s.selectedJob.map(wanted) ?? true) { ViewFixtures.press(&s, .char("j")) }
        return s
    }

    static let scenarios: [(String, @Sendable (Size) -> BrowserState)] = [
        (
            "confirm-stop",
            { size in
                var s = on(size) { $0.status == .code(8) }
                ViewFixtures.press(&s, .ctrl("k"))
                return s
            }
        ),
        (
            "confirm-delete-name",
            { size in
                var s = on(size) { $0.name.count <= WriteConfirm.longName }
                ViewFixtures.press(&s, .ctrl("d"), .char("u"), .char("n"))
                return s
            }
        ),
        (
            "confirm-delete-id",
            { size in
                var s = on(size) { $0.name.count > WriteConfirm.longName }
                ViewFixtures.press(&s, .ctrl("d"), .char("1"))
                return s
            }
        ),
        (
            "stopping-row",
            { size in
                var s = on(size) { $0.status == .code(8) }
                ViewFixtures.press(&s, .ctrl("k"), .char("y"))
                return s
            }
        ),
        ("read-only-hints", { size in on(size, readOnly: true) { _ in true } }),
    ]

    static let cases: [(String, Size)] = scenarios.flatMap { s in
        BrowserViewSnapshotTests.sizes.map { (s.0, $0) }
    }

    @Test("each state renders as recorded", arguments: cases)
    func snapshot(name: String, size: Size) throws {
        let make = try #require(Self.scenarios.first { $0.0 == name }?.1)
        Snapshot.check(Snapshot.text(BrowserView.render(make(size))), named: "\(name)-\(size.width)x\(size.height)")
    }

    @Test("the stop box names the job, its status and id, and says that only y stops it")
    func stopBoxText() {
        let s = Self.on(Size(width: 120, height: 40)) { $0.status == .code(8) }
        var open = s
        ViewFixtures.press(&open, .ctrl("k"))
        let text = BrowserView.render(open).text
        let job = s.selectedJob
        #expect(text.contains("Stop \(job?.name ?? "?") (version V\(job?.versionID ?? 0))?"))
        #expect(text.contains("status Running"))
        #expect(text.contains("id \(job?.id.description ?? "?")"))
        #expect(text.contains("y stops it; any other key cancels (nothing is sent)"))
    }

    @Test("a hostile job name reaches the confirmation as visible placeholders, never as escapes")
    func hostileName() {
        var jobs = SampleJobs.plain(3)
        jobs[0].name = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J"
        jobs[0].status = .code(8)
        var s = ViewFixtures.loaded(jobs, size: Size(width: 120, height: 40))
        ViewFixtures.press(&s, .ctrl("d"))
        let buffer = BrowserView.render(s)
        #expect(!buffer.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(buffer.text.contains("Delete evil␛]0;pwned"))
        // A name that is not plain ASCII is not asked for: the end of the id is.
        #expect(buffer.text.contains("Type \(jobs[0].id.description.suffix(6)) (the end of its id) to delete:"))
    }
}
