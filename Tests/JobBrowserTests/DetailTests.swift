import Foundation
import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: the detail view")
struct DetailTests {
    static let server = InMemoryServer(SampleJobs.plain(23))

    static func versions(for job: TrainingJob, count: Int) -> JobVersionList {
        let versions = (1...count).map { i -> JobVersion in
            var v = JobVersion(versionID: Int64(100 + i), parameters: [.init(label: "lr", value: "0.0\(i)")])
            v.versionName = "V00\(i)"
            v.engineName = "PyTorch"
            v.engineVersion = "1.8"
            v.dataURL = "/bucket/data/\(i)/"
            return v
        }
        return JobVersionList(
            jobID: job.id, jobName: job.name, jobDescription: "", versionCount: Int64(count),
            versions: versions)
    }

    func panel(_ state: BrowserState) throws -> DetailPanel {
        guard case .detail(let panel) = state.mode else { throw DetailError.notOpen }
        return panel
    }

    enum DetailError: Error { case notOpen }

    @Test("Enter opens the selected job and fetches its versions; a failure keeps the job's fields")
    func openAndFail() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"), .char("j"))
        let job = try #require(state.selectedJob)
        #expect(state.press(.enter) == [.fetchVersions(job.id)])
        #expect(try panel(state).versions == .loading)
        _ = state.reduce(.versionsFailed(job.id, .timeout(seconds: 3)))
        #expect(try panel(state).job == job)
        #expect(try panel(state).versions == .failed(.timeout(seconds: 3)))
        // A late answer for another job does not land here.
        _ = state.reduce(.versionsLoaded(state.rows[0].id, Self.versions(for: state.rows[0], count: 1)))
        #expect(try panel(state).versions == .failed(.timeout(seconds: 3)))
    }

    @Test("j/k, PgDn/PgUp and g/G scroll within the content; Esc returns with selection and table scroll kept")
    func scrollAndReturn() throws {
        var state = BrowserState.loaded(Self.server, perPage: 23, size: Size(width: 80, height: 24))
        _ = state.press(.end, .char("k"))
        let selectionBefore = state.selection
        let job = try #require(state.selectedJob)
        _ = state.press(.enter)
        _ = state.reduce(.versionsLoaded(job.id, Self.versions(for: job, count: 6)))
        let maximum = state.maxDetailScrollForTests
        #expect(maximum > 20)  // 6 versions of about 10 lines each do not fit in 17 lines
        _ = state.press(.char("j"), .down)
        #expect(try panel(state).scroll == 2)
        _ = state.press(.char("k"), .char("k"), .char("k"))
        #expect(try panel(state).scroll == 0)
        _ = state.press(.pageDown)
        #expect(try panel(state).scroll == DetailPanel.geometry(for: state.size).visibleLines)
        _ = state.press(.char("G"))
        #expect(try panel(state).scroll == maximum)
        _ = state.press(.char("j"), .pageDown)
        #expect(try panel(state).scroll == maximum)
        _ = state.press(.pageUp)
        #expect(try panel(state).scroll == maximum - DetailPanel.geometry(for: state.size).visibleLines)
        _ = state.press(.char("g"))
        #expect(try panel(state).scroll == 0)
        _ = state.press(.escape)
        #expect(state.mode == .table)
        #expect(state.selection == selectionBefore)
    }

    @Test("y toggles the job's raw JSON as the list response sent it, control characters made visible")
    func rawJSON() throws {
        var jobs = SampleJobs.plain(3)
        jobs[1].name = "evil\u{1B}[2Jname"
        let body =
            #"{"is_success":true,"job_total_count":3,"job_count_limit":10,"quotas":5,"jobs":["#
            + jobs.enumerated().map { i, job in
                #"{"job_id":\#(job.id),"job_name":"\#(i == 1 ? #"evil\u001b[2Jname"# : job.name)","#
                    + #""version_id":7,"status":8,"create_time":1713578790635,"duration":1234,"#
                    + #""job_desc":"d","version_count":2,"extra_field":"kept"}"#
            }.joined(separator: ",") + "]}"
        let page = try WireCoding.decode(JobListPage.self, from: Data(body.utf8))
        let config = BrowserConfig(sourceLabel: "t", perPage: 5)
        var state = BrowserState(config: config, size: Size(width: 120, height: 40))
        for case .fetch(let r, let g) in state.reduce(.start) { _ = state.reduce(.pageLoaded(r, generation: g, page)) }
        _ = state.press(.char("j"), .enter)
        _ = state.press(.char("y"))
        let raw = try #require(try panel(state).rawJSON)
        #expect(try panel(state).showsRaw)
        #expect(raw.contains(#""extra_field" : "kept""#))
        // The JSON text as sent: the escape stays a JSON escape, never a raw control character.
        #expect(raw.contains(#""job_name" : "evil\u001b[2Jname""#))
        let lines = DetailContent.lines(try panel(state), utcOffsetSeconds: 0, glyphs: .unicode, valueWidth: 80)
        #expect(lines.contains { $0.text.contains(#"evil\u001b[2Jname"#) })
        #expect(!lines.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
        _ = state.press(.char("y"))
        #expect(try panel(state).showsRaw == false)
    }

    @Test("a decoded page keeps its jobs' JSON yet still equals the same page built in code")
    func rawIsProvenance() throws {
        let built = SampleJobs.page(SampleJobs.plain(4), total: 4)
        let decoded = try WireCoding.decode(JobListPage.self, from: try WireCoding.encoder().encode(built))
        #expect(decoded == built)
        #expect(built.rawJobs.isEmpty && !decoded.rawJobs.isEmpty)
        let json = try #require(decoded.rawJobs.prettyJSON(for: built.jobs[2].id))
        #expect(json.contains(#""job_id" : \#(built.jobs[2].id)"#))
        #expect(decoded.rawJobs.prettyJSON(for: .number(999_999)) == nil)
    }

    @Test("a job without a known raw body says so instead of showing nothing")
    func rawUnknown() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.enter, .char("y"))
        let lines = DetailContent.lines(try panel(state), utcOffsetSeconds: 0, glyphs: .unicode, valueWidth: 80)
        #expect(lines.map(\.text) == ["raw JSON not available for this job"])
    }
}

extension BrowserState {
    /// The reducer's scroll limit for the open panel (0 when none is open).
    var maxDetailScrollForTests: Int {
        guard case .detail(let panel) = mode else { return 0 }
        let g = DetailPanel.geometry(for: size)
        return max(
            0,
            DetailContent.lines(
                panel, utcOffsetSeconds: config.utcOffsetSeconds, glyphs: .unicode,
                valueWidth: g.valueWidth
            ).count - g.visibleLines)
    }
}
