import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Browser screen snapshots")
struct BrowserViewSnapshotTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    /// Every scenario the spec names, each a state built through the reducer.
    static let scenarios: [(String, @Sendable (Size) -> BrowserState)] = [
        (
            "loaded",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
                ViewFixtures.press(&s, .char("j"), .char("j"))
                return s
            }
        ),
        ("loading", { ViewFixtures.loading($0) }),
        (
            "empty",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(10), size: size)
                ViewFixtures.press(&s, .char("s"), .char("j"), .char("j"), .char("j"), .char("j"), .enter)
                ViewFixtures.press(&s, .char("/"))
                for c in "xyz" { _ = s.reduce(.key(.char(c))) }
                let effects = s.reduce(.key(.enter))
                ViewFixtures.answerFirst(effects, with: [], total: 0, state: &s)
                return s
            }
        ),
        (
            "error",
            { size in
                var s = ViewFixtures.loading(size, demo: false)
                let r = s.wantedRequest
                if let r {
                    _ = s.reduce(
                        .pageFailed(
                            r, generation: s.generation,
                            .server(
                                status: 503, code: "ModelArts.0001", message: "Service temporarily unavailable")))
                }
                return s
            }
        ),
        (
            "stale",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 40, size: size, demo: false)
                _ = s.reduce(.tick(nowMS: SampleJobs.nowMS + 120_000))
                let effects = s.reduce(.key(.char("r")))
                for case .fetch(let r, let g) in effects {
                    _ = s.reduce(
                        .pageFailed(
                            r, generation: g,
                            .server(
                                status: 503, code: "ModelArts.0001",
                                message: "Service temporarily unavailable")))
                }
                return s
            }
        ),
        (
            "search-prompt",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
                ViewFixtures.press(&s, .char("/"))
                for c in "resnet" { _ = s.reduce(.key(.char(c))) }
                let effects = s.reduce(.debounceElapsed(generation: s.generation))
                let matches = SampleJobs.plain(40).filter { $0.name.contains("resnet") }
                ViewFixtures.answerFirst(effects, with: matches, total: matches.count, state: &s)
                return s
            }
        ),
        (
            "status-picker",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
                ViewFixtures.press(&s, .char("s"), .char("j"), .char("j"), .char("j"), .char("j"))
                return s
            }
        ),
        (
            "help",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
                ViewFixtures.press(&s, .char("?"))
                return s
            }
        ),
        (
            "detail",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.awkwardNames(), size: size)
                ViewFixtures.press(&s, .enter)
                if let job = s.selectedJob {
                    var v1 = JobVersion(versionID: 52_000)
                    v1.versionName = "V0001"
                    v1.status = .code(11)
                    v1.createTimeMS = SampleJobs.baseTimeMS - 7_200_000
                    v1.durationMS = 1_800_000
                    v1.engineName = "PyTorch"
                    v1.engineVersion = "1.8.0"
                    var v2 = JobVersion(versionID: 52_001)
                    v2.versionName = "V0002"
                    v2.status = .code(8)
                    v2.createTimeMS = SampleJobs.baseTimeMS
                    v2.durationMS = 3_723_000
                    v2.engineName = "PyTorch"
                    v2.engineVersion = "1.8.0"
                    let list = JobVersionList(
                        jobID: job.id, jobName: job.name, jobDescription: job.description,
                        versionCount: 2, versions: [v1, v2])
                    _ = s.reduce(.versionsLoaded(job.id, list))
                }
                return s
            }
        ),
        (
            "awkward-names",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.awkwardNames(), size: size)
                ViewFixtures.press(&s, .char("j"))
                return s
            }
        ),
        (
            "every-status",
            { size in
                ViewFixtures.loaded(SampleJobs.everyStatus(), size: size, demo: false)
            }
        ),
    ]

    static let cases: [(String, Size)] = scenarios.flatMap { s in sizes.map { (s.0, $0) } }

    @Test("each state renders as recorded", arguments: cases)
    func snapshot(name: String, size: Size) throws {
        let make = try #require(Self.scenarios.first { $0.0 == name }?.1)
        let state = make(size)
        let buffer = BrowserView.render(state)
        Snapshot.check(Snapshot.text(buffer), named: "\(name)-\(size.width)x\(size.height)")
    }

    @Test("the loaded screen renders with ASCII glyphs only", arguments: sizes)
    func ascii(size: Size) throws {
        let make = try #require(Self.scenarios.first?.1)
        let state = make(size)
        let buffer = BrowserView.render(state, options: ViewOptions(unicode: false))
        let text = Snapshot.text(buffer)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        Snapshot.check(text, named: "loaded-ascii-\(size.width)x\(size.height)")
    }

    @Test(
        "a screen below 60x10 only says it is too small",
        arguments: [Size(width: 50, height: 8), Size(width: 59, height: 30)])
    func tooSmall(size: Size) throws {
        let make = try #require(Self.scenarios.first?.1)
        let state = make(size)
        let buffer = BrowserView.render(state)
        Snapshot.check(Snapshot.text(buffer), named: "too-small-\(size.width)x\(size.height)")
        let words = buffer.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words == "terminal too small: need 60x10, have \(size.width)x\(size.height)")
    }

    @Test("the role grid shows where each style goes", arguments: ["loaded", "status-picker", "stale"])
    func roles(name: String) throws {
        let size = Size(width: 80, height: 24)
        let make = try #require(Self.scenarios.first { $0.0 == name }?.1)
        let state = make(size)
        Snapshot.check(Snapshot.roles(BrowserView.render(state)), named: "roles-\(name)-80x24")
    }
}
