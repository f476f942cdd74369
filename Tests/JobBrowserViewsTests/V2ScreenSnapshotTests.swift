import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("v2 screen snapshots: columns, narrow widths, detail with events")
struct V2ScreenSnapshotTests {
    static let sizes = [
        Size(width: 160, height: 20), Size(width: 120, height: 20), Size(width: 80, height: 20),
        Size(width: 60, height: 20),
    ]

    /// A v2 table (the account answers both) with its first page answered.
    static func table(_ size: Size, jobs: [TrainingJob] = SampleV2Jobs.plain(12).reversed()) -> BrowserState {
        var config = ViewFixtures.config()
        config.api = .v2
        config.availableAPIs = [.v2, .v1]
        var state = BrowserState(config: config, size: size, nowMS: SampleJobs.nowMS)
        ViewFixtures.answerFirst(state.reduce(.start), with: jobs, total: 1_234, state: &state)
        return state
    }

    @Test("the v2 table shows NAME STATUS CREATED DURATION NODES × FLAVOR ALGORITHM/IMAGE ID", arguments: sizes)
    func columns(size: Size) throws {
        let state = Self.table(size)
        #expect(state.api == .v2)
        Snapshot.check(Snapshot.text(BrowserView.render(state)), named: "v2-table-\(size.width)x\(size.height)")
    }

    @Test("the header names the API and a local sort with its count")
    func header() throws {
        // Full pages (50 on v2), so the count stands: a short page would say the list ends there.
        var state = Self.table(Size(width: 120, height: 20), jobs: SampleV2Jobs.plain(60))
        var top = BrowserView.render(state).rowText(0)
        #expect(top.contains("v2 training jobs"))
        let effects = state.reduce(.key(.char("N")))
        ViewFixtures.answerFirst(effects, with: SampleV2Jobs.plain(60), total: 1_234, state: &state)
        let query = BrowserView.render(state).rowText(1)
        #expect(query.contains("sorted locally · 1,234 jobs"))
        var v1 = ViewFixtures.loaded(SampleJobs.plain(5), size: Size(width: 120, height: 20))
        _ = v1.reduce(.tick(nowMS: SampleJobs.nowMS))
        top = BrowserView.render(v1).rowText(0)
        #expect(top.contains("v1 (old) training jobs"))
    }

    @Test("a v2 job's detail with its events renders as recorded", arguments: [Size(width: 120, height: 40)])
    func detail(size: Size) throws {
        var state = Self.table(size)
        let job = try #require(state.selectedJob)
        _ = state.reduce(.key(.enter))
        let detail = V2JobDetail(
            job: job, codeDir: "obs://bucket/code/", flavorType: "GPU", poolName: "pool-a",
            parameters: [.init(name: "lr", value: "0.01"), .init(name: "epochs", value: "10")],
            inputs: [.init(name: "data_url", localDir: "/home/ma-user/data", remote: "obs://bucket/data/")],
            outputs: [.init(name: "train_url", remote: "obs://bucket/output/")],
            failureReason: "worker-1 exited with code 137 (out of memory)")
        _ = state.reduce(.v2DetailLoaded(job.id, detail))
        _ = state.reduce(
            .v2EventsLoaded(
                job.id,
                [
                    V2JobEvent(
                        time: "", timeMS: SampleJobs.baseTimeMS + 1_000, level: "Info", message: "Job created.",
                        source: "Job"),
                    V2JobEvent(
                        time: "", timeMS: SampleJobs.baseTimeMS + 90_000, level: "Error",
                        message: "Training job failed.", source: "Job"),
                ]))
        Snapshot.check(Snapshot.text(BrowserView.render(state)), named: "v2-detail-\(size.width)x\(size.height)")
    }
}
