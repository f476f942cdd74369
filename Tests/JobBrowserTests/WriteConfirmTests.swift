import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// Drives the reducer to a job and through the stop and delete confirmations.
extension BrowserState {
    /// Moves the selection down until the selected job satisfies `wanted` (at most `limit` rows).
    mutating func selectJob(limit: Int = 40, where wanted: (TrainingJob) -> Bool) throws -> TrainingJob {
        for _ in 0..<limit {
            if let job = selectedJob, wanted(job) { return job }
            _ = reduce(.key(.char("j")))
        }
        return try #require(selectedJob.flatMap { wanted($0) ? $0 : nil })
    }

    /// The open confirmation; nil in any other mode.
    var confirm: WriteConfirm? {
        if case .confirm(let confirm) = mode { confirm } else { nil }
    }
}

extension BrowserEffect {
    /// The action of a `.perform`; nil for any other effect.
    var asPerform: JobAction? {
        if case .perform(let action) = self { action } else { nil }
    }
}

@Suite("Reducer: the stop and delete confirmations send exactly one write, and only when confirmed")
struct WriteConfirmTests {
    static let ctrlK = Key.ctrl("k")
    static let ctrlD = Key.ctrl("d")

    @Test("Ctrl-K on a running v2 job asks, naming the job, and only y sends one terminate")
    func stopConfirmedByY() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.status == .phase("Running") }
        #expect(state.press(Self.ctrlK) == [])
        let confirm = try #require(state.confirm)
        #expect(confirm.question == "Stop \(job.name)?")
        #expect(confirm.action == .terminateV2(id: job.id.description))
        let effects = state.press(.char("y"))
        #expect(effects == [.perform(.terminateV2(id: job.id.description))])
        #expect(state.mode == .table)
        // The row says Terminating at once, over the cached row (whose own status is untouched).
        #expect(state.rowStatus(of: job.id) == .phase("Terminating"))
        #expect(state.selectedJob?.status == .phase("Running"))
    }

    @Test(
        "Enter, Esc and any other key cancel a stop, and nothing is sent",
        arguments: [Key.enter, .escape, .char("n"), .char("Y"), .char("j"), .char(" ")])
    func stopCancelled(key: Key) throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.status == .phase("Running") }
        _ = state.press(Self.ctrlK)
        #expect(state.confirm != nil)
        #expect(state.press(key) == [])
        #expect(state.mode == .table)
        #expect(state.notice == "stop cancelled: nothing was sent")
        #expect(state.rowStatus(of: job.id) == nil)
        #expect(state.writes.isEmpty)
    }

    @Test("a job in a state that cannot be stopped says why in one line and opens nothing")
    func notStoppable() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.status == .phase("Completed") }
        #expect(state.press(Self.ctrlK) == [])
        #expect(state.mode == .table)
        #expect(state.notice == "\(job.name) is Completed: only Creating, Pending or Running jobs can be stopped")
        var v1 = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)), perPage: 50)
        let done = try v1.selectJob { $0.status.group == .succeeded }
        #expect(v1.press(Self.ctrlK) == [])
        #expect(v1.notice == "\(done.name) is Completed: only queued or running jobs can be stopped")
        let stoppable = JobStatus.knownPhases.filter { JobStatus.phase($0).isStoppable }
        #expect(stoppable == ["Creating", "Pending", "Running"])
        #expect(JobStatus.knownCodes.filter { JobStatus(code: $0).isStoppable } == [1, 2, 4, 7, 8, 15, 18, 19])
    }

    @Test("a v2 delete sends one request only after the job's name is typed and Enter pressed")
    func deleteByTypingTheName() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.name.count <= WriteConfirm.longName }
        #expect(state.press(Self.ctrlD) == [])
        let confirm = try #require(state.confirm)
        #expect(confirm.expected == job.name)
        // Every character but the last sends nothing, Enter included before the name is complete.
        #expect(state.type(String(job.name.dropLast())) == [])
        #expect(state.confirm?.typed == String(job.name.dropLast()))
        #expect(state.type(String(job.name.suffix(1))) == [])
        #expect(state.rowStatus(of: job.id) == nil)
        #expect(state.press(.enter) == [.perform(.deleteV2(id: job.id.description))])
        #expect(state.rowStatus(of: job.id) == .phase("deleting…"))
        #expect(state.mode == .table)
    }

    @Test("Esc, an empty Enter and a wrong name cancel a delete, and nothing is sent")
    func deleteCancelled() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.name.count <= WriteConfirm.longName }
        _ = state.press(Self.ctrlD)
        #expect(state.press(.escape) == [])
        #expect(state.notice == "delete cancelled: nothing was sent")
        _ = state.press(Self.ctrlD)
        #expect(state.press(.enter) == [])
        #expect(state.mode == .table)
        _ = state.press(Self.ctrlD)
        #expect(state.type(job.name + "x") == [])
        #expect(state.press(.enter) == [])
        #expect(state.notice == "delete cancelled: what was typed is not its name; nothing was sent")
        // y, q and Enter are no answer to a delete: they are typed text, then a mismatch.
        _ = state.press(Self.ctrlD)
        #expect(state.press(.char("y"), .char("q"), .enter) == [])
        #expect(state.writes.isEmpty)
    }

    @Test("backspace and Ctrl-U edit the typed name")
    func deleteEditing() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.name.count <= WriteConfirm.longName }
        _ = state.press(Self.ctrlD)
        _ = state.type("zz")
        _ = state.press(.ctrl("u"))
        _ = state.type(job.name + "q")
        _ = state.press(.backspace)
        #expect(state.press(.enter) == [.perform(.deleteV2(id: job.id.description))])
    }

    @Test("a long name asks for the last six characters of the id instead")
    func longNameAsksForID() throws {
        let long = "resnet50-imagenet-1k-pretrain-mixed-precision-final-v3"
        var job = SampleV2Jobs.job(0)
        job.name = long
        var state = BrowserState.dual(DualServer(v2: [job]), perPage: 50)
        _ = state.press(Self.ctrlD)
        let confirm = try #require(state.confirm)
        #expect(confirm.asksForID)
        #expect(confirm.expected == String(job.id.description.suffix(6)))
        _ = state.type(long)
        #expect(state.press(.enter) == [])
        _ = state.press(Self.ctrlD)
        _ = state.type(confirm.expected)
        #expect(state.press(.enter).compactMap(\.asPerform) == [.deleteV2(id: job.id.description)])
    }

    @Test("on v1, Ctrl-D in the table deletes the job; in the detail view, the version shown there")
    func v1DeleteJobOrVersion() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)), perPage: 50)
        let job = try state.selectJob { $0.name.count > WriteConfirm.longName }
        guard case .number(let n) = job.id else { throw TestFailure("v1 ids are numbers") }
        _ = state.press(Self.ctrlD)
        #expect(state.confirm?.question == "Delete \(job.name) and all its versions?")
        #expect(state.confirm?.versionLabel == nil)
        _ = state.type(String(job.id.description.suffix(6)))
        #expect(state.press(.enter) == [.perform(.deleteV1Job(jobID: n))])

        var detail = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)), perPage: 50)
        let shown = try detail.selectJob { $0.id == job.id }
        #expect(detail.press(.enter) == [.fetchVersions(shown.id)])
        _ = detail.press(Self.ctrlD)
        let confirm = try #require(detail.confirm)
        #expect(confirm.question == "Delete version V\(shown.versionID) of \(shown.name)?")
        #expect(confirm.panel?.job.id == shown.id)
        _ = detail.press(.escape)
        // Cancelling goes back to the detail view it came from.
        #expect(detail.mode.asDetail?.job.id == shown.id)
        _ = detail.press(Self.ctrlD)
        _ = detail.type(confirm.expected)
        #expect(
            detail.press(.enter) == [.perform(.deleteV1Version(jobID: n, versionID: shown.versionID))])
        #expect(detail.mode.asDetail != nil)
    }

    @Test("on v1, Ctrl-K stops the selected version of a running job and the row shows Stopping")
    func v1Stop() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)), perPage: 50)
        let job = try state.selectJob { $0.status == .code(8) }
        guard case .number(let n) = job.id else { throw TestFailure("v1 ids are numbers") }
        _ = state.press(Self.ctrlK)
        #expect(state.press(.char("y")) == [.perform(.stopV1(jobID: n, versionID: job.versionID))])
        #expect(state.rowStatus(of: job.id)?.word == "Stopping")
    }

    @Test("Ctrl-K and Ctrl-D work from the v2 detail view and return to it")
    func fromDetail() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.status == .phase("Pending") }
        _ = state.press(.enter)
        _ = state.press(Self.ctrlK)
        #expect(state.confirm?.panel?.job.id == job.id)
        #expect(state.press(.char("y")) == [.perform(.terminateV2(id: job.id.description))])
        #expect(state.mode.asDetail?.job.id == job.id)
    }

    @Test("read-only: both keys refuse in one line, open nothing and send nothing")
    func readOnly() throws {
        var config = BrowserConfig(sourceLabel: "test")
        config.perPage = 50
        config.api = .v2
        config.availableAPIs = [.v2, .v1]
        config.readOnly = true
        var state = BrowserState(config: config, size: Size(width: 120, height: 40), nowMS: SampleJobs.nowMS)
        state.answerAll(state.reduce(.start), from: DualServer())
        _ = try state.selectJob { $0.status == .phase("Running") }
        for key in [Self.ctrlK, Self.ctrlD] {
            #expect(state.press(key) == [])
            #expect(state.mode == .table)
            #expect(state.notice == BrowserState.readOnlyRefusal)
        }
        _ = state.press(.enter)
        #expect(state.press(Self.ctrlD, .char("y"), .enter) == [])
        #expect(state.writes.isEmpty)
    }

    @Test("a second Ctrl-K while a stop is under way says so instead of asking again")
    func noSecondStop() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.status == .phase("Running") }
        _ = state.press(Self.ctrlK, .char("y"))
        #expect(state.press(Self.ctrlK) == [])
        #expect(state.confirm == nil)
        #expect(state.notice == "\(job.name): a stop is already under way")
    }
}

/// A test's own failure with a message (for a `guard` that cannot `#require`).
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
