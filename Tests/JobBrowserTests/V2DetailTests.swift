import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer and content: a v2 job's detail")
struct V2DetailTests {
    static let events = [
        V2JobEvent(time: "t1", timeMS: 1_000, level: "Info", message: "Job created.", source: "Job"),
        V2JobEvent(time: "t3", timeMS: 3_000, level: "Error", message: "Training job failed.", source: "Job"),
        V2JobEvent(time: "t2", timeMS: 2_000, level: "Warning", message: "Pod \u{1b}[31mrestarted", source: "K8S"),
    ]

    func texts(_ state: BrowserState) throws -> [String] {
        let panel = try #require(state.mode.asDetail)
        return DetailContent.lines(panel, utcOffsetSeconds: 0, glyphs: .unicode, valueWidth: 80).map(\.text)
    }

    @Test("Enter on a v2 job asks for its detail and events, not versions")
    func enterFetchesDetailAndEvents() throws {
        var state = BrowserState.dual(DualServer())
        let job = try #require(state.selectedJob)
        #expect(state.press(.enter) == [.fetchV2Detail(job.id)])
        let lines = try texts(state)
        #expect(lines.contains(job.id.description))
        #expect(lines.contains { $0.hasPrefix("loading detail") })
        #expect(lines.contains { $0.hasPrefix("loading events") })
    }

    @Test("the detail shows engine, flavor, nodes, tasks, parameters, inputs, outputs, failure and events newest first")
    func detailWithEvents() throws {
        var state = BrowserState.dual(DualServer())
        let job = try #require(state.selectedJob)
        _ = state.press(.enter)
        var facts = try #require(job.v2)
        facts.engine = V2JobFacts.Engine(name: "PyTorch", version: "PyTorch-1.8.0-python3.7")
        facts.secondaryPhase = "Queuing"
        var detailJob = job
        detailJob.v2 = facts
        let detail = V2JobDetail(
            job: detailJob, flavorType: "GPU",
            parameters: [.init(name: "lr", value: "0.01")],
            inputs: [.init(name: "data", localDir: "/home/ma-user/data", remote: "obs://bucket/data/")],
            outputs: [.init(name: "model", remote: "obs://bucket/out/")],
            failureReason: "OOM on worker-1", rawJSON: "{\"kind\": \"job\"}")
        _ = state.reduce(.v2DetailLoaded(job.id, detail))
        _ = state.reduce(.v2EventsLoaded(job.id, Self.events))
        let lines = try texts(state)
        let joined = lines.joined(separator: "\n")
        for wanted in [
            "PyTorch-1.8.0-python3.7", "(GPU)", "worker-0", "lr=0.01", "obs://bucket/data/", "obs://bucket/out/",
            "OOM on worker-1", "(Queuing)", "Events (3)",
        ] {
            #expect(joined.contains(wanted), "missing \(wanted)")
        }
        let failed = try #require(lines.firstIndex { $0.contains("Training job failed.") })
        let restarted = try #require(lines.firstIndex { $0.contains("restarted") })
        let created = try #require(lines.firstIndex { $0.contains("Job created.") })
        #expect(failed < restarted && restarted < created)
        // Server text goes through SafeText: the escape is shown, never sent.
        #expect(!joined.contains("\u{1b}"))
        // `y` shows the detail's own JSON.
        _ = state.press(.char("y"))
        #expect(try texts(state).joined().contains("\"kind\": \"job\""))
    }

    @Test("a failed detail is one line and keeps the row's fields and the events; 2775 says the job is gone")
    func failures() throws {
        var state = BrowserState.dual(DualServer())
        let job = try #require(state.selectedJob)
        _ = state.press(.enter)
        _ = state.reduce(.v2EventsLoaded(job.id, Self.events))
        _ = state.reduce(
            .v2DetailFailed(job.id, .server(status: 400, code: "ModelArts.2775", message: "job not found")))
        var lines = try texts(state)
        #expect(lines.contains("this job no longer exists (ModelArts.2775)"))
        #expect(lines.contains(job.id.description))
        #expect(lines.contains { $0.contains("Training job failed.") })
        _ = state.reduce(.v2EventsFailed(job.id, .timeout(seconds: 30)))
        lines = try texts(state)
        #expect(lines.filter { $0.hasPrefix("could not load events: ") }.count == 1)
    }

    @Test("an answer for a job whose panel was closed changes nothing")
    func lateAnswerDropped() throws {
        var state = BrowserState.dual(DualServer())
        let job = try #require(state.selectedJob)
        _ = state.press(.enter)
        _ = state.press(.escape)
        let before = state
        _ = state.reduce(.v2EventsLoaded(job.id, Self.events))
        #expect(state == before)
    }

    @Test("c copies the full v2 id")
    func copiesFullID() throws {
        var state = BrowserState.dual(DualServer())
        let job = try #require(state.selectedJob)
        #expect(state.press(.char("c")) == [.copyToClipboard(job.id.description)])
        #expect(job.id.description.count == 36)
    }
}
