import Foundation
import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Detail, raw JSON, export and placeholder snapshots")
struct DetailExportSnapshotTests {
    static func version(_ i: Int) -> JobVersion {
        let parameters: [JobVersion.Parameter] = [
            .init(label: "learning_rate", value: "0.0\(i)"),
            .init(label: "epochs", value: "90"),
        ]
        var v = JobVersion(versionID: Int64(52_000 + i), parameters: parameters)
        v.versionName = "V000\(i)"
        v.status = .code(i == 3 ? 8 : 10)
        v.createTimeMS = SampleJobs.baseTimeMS + Int64(i) * 3_600_000
        v.startTimeMS = SampleJobs.baseTimeMS + Int64(i) * 3_600_000 + 42_000
        v.durationMS = 1_800_000 + Int64(i) * 60_000
        v.engineName = "PyTorch"
        v.engineVersion = "1.8.0-python3.7"
        v.cpu = LenientString("8")
        v.gpu = true
        v.gpuNum = 1
        v.gpuType = "nvidia-v100"
        v.workerServerNum = 2
        v.dataURL = "/bucket/datasets/imagenet/"
        v.trainURL = "/bucket/output/v\(i)/"
        v.logURL = "/bucket/logs/v\(i)/"
        return v
    }

    /// The detail of the first job with three versions, scrolled `down` lines.
    static func detail(_ size: Size, down: Int) -> BrowserState {
        var s = ViewFixtures.loaded(SampleJobs.plain(10), size: size)
        ViewFixtures.press(&s, .enter)
        if let job = s.selectedJob {
            let list = JobVersionList(
                jobID: job.id, jobName: job.name, jobDescription: job.description,
                versionCount: 3, versions: [version(3), version(2), version(1)])
            _ = s.reduce(.versionsLoaded(job.id, list))
        }
        for _ in 0..<down { ViewFixtures.press(&s, .char("j")) }
        return s
    }

    static let scenarios: [(String, @Sendable (Size) -> BrowserState)] = [
        ("detail-versions", { detail($0, down: 0) }),
        ("detail-versions-scrolled", { detail($0, down: 12) }),
        (
            "detail-versions-error",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(10), size: size)
                ViewFixtures.press(&s, .enter)
                if let job = s.selectedJob {
                    _ = s.reduce(
                        .versionsFailed(job.id, .server(status: 500, code: "ModelArts.0010", message: "internal")))
                }
                return s
            }
        ),
        (
            "detail-raw",
            { size in
                var jobs = SampleJobs.plain(3)
                jobs[0].name = "bad\u{1B}]52;c;x\u{07}name"
                let data = (try? WireCoding.encoder().encode(SampleJobs.page(jobs, total: 3))) ?? Data()
                var s = ViewFixtures.loading(size)
                let page = (try? WireCoding.decode(JobListPage.self, from: data)) ?? SampleJobs.page(jobs)
                for case .fetch(let r, let g) in s.reduce(.key(.char("r"))) {
                    _ = s.reduce(.pageLoaded(r, generation: g, page))
                }
                ViewFixtures.press(&s, .enter, .char("y"))
                return s
            }
        ),
        (
            "export-prompt",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 1200, size: size)
                ViewFixtures.press(&s, .ctrl("s"))
                return s
            }
        ),
        (
            "export-progress",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 1200, size: size)
                ViewFixtures.press(&s, .ctrl("s"), .char("c"))
                _ = s.reduce(.exportProgress(id: 1, written: 300, total: 1200))
                return s
            }
        ),
        (
            "export-done",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 1200, size: size)
                ViewFixtures.press(&s, .ctrl("s"), .char("j"))
                _ = s.reduce(.exportFinished(id: 1, path: "/home/me/majobs-export-20240420-100630.json", count: 1200))
                return s
            }
        ),
        (
            "copied",
            { size in
                var s = ViewFixtures.loaded(SampleJobs.plain(40), total: 95, size: size)
                ViewFixtures.press(&s, .char("j"), .char("c"))
                return s
            }
        ),
    ]

    static let cases: [(String, Size)] = scenarios.flatMap { s in
        BrowserViewSnapshotTests.sizes.map { (s.0, $0) }
    }

    @Test("each state renders as recorded", arguments: cases)
    func snapshot(name: String, size: Size) throws {
        let make = try #require(Self.scenarios.first { $0.0 == name }?.1)
        Snapshot.check(Snapshot.text(BrowserView.render(make(size))), named: "\(name)-\(size.width)x\(size.height)")
    }

    @Test("control characters in server text draw as placeholders with their own role")
    func placeholders() throws {
        var jobs = SampleJobs.plain(5)
        jobs[0].name = "evil\u{1B}[31mred\nline"
        jobs[1].description = "tab\there"
        let size = Size(width: 80, height: 24)
        var s = ViewFixtures.loaded(jobs, size: size)
        ViewFixtures.press(&s, .char("j"))
        let buffer = BrowserView.render(s)
        let row = try #require((0..<buffer.height).first { buffer.rowText($0).contains("evil␛[31mred↵line") })
        let roles = buffer.rowRoles(row)
        let text = Array(buffer.rowText(row))
        let esc = try #require(text.firstIndex(of: "␛"))
        let newline = try #require(text.firstIndex(of: "↵"))
        #expect(roles[esc] == .placeholder && roles[newline] == .placeholder)
        #expect(roles[esc + 1] != .placeholder)  // the real text around stays as it was
        #expect(!buffer.text.unicodeScalars.contains { $0.value == 0x1B })
        Snapshot.check(Snapshot.text(buffer) + Snapshot.roles(buffer), named: "placeholder-roles-80x24")
    }
}
