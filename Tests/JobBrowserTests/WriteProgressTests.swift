import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: after a write, the row shows it, a stop is polled until it settles, a delete leaves the table")
struct WriteProgressTests {
    /// A v2 browser with a confirmed (not yet answered) terminate of a running job.
    static func stopping() throws -> (BrowserState, TrainingJob) {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try state.selectJob { $0.status == .phase("Running") }
        _ = state.press(.ctrl("k"))
        #expect(state.press(.char("y")) == [.perform(.terminateV2(id: job.id.description))])
        return (state, job)
    }

    static func detail(_ job: TrainingJob, phase: String) -> V2JobDetail {
        var changed = job
        changed.status = .phase(phase)
        return V2JobDetail(job: changed)
    }

    @Test("an accepted stop polls the job every two seconds until it is final, then refreshes the rows")
    func stopPollsUntilSettled() throws {
        var (state, job) = try Self.stopping()
        let action = JobAction.terminateV2(id: job.id.description)
        #expect(state.reduce(.writeSucceeded(action, .accepted)) == [])
        #expect(state.rowStatus(of: job.id) == .phase("Terminating"))
        let start = state.nowMS
        #expect(state.wakeDeadlineMS == start + 2_000)
        #expect(state.reduce(.tick(nowMS: start + 1_999)) == [])
        #expect(state.reduce(.tick(nowMS: start + 2_000)) == [.fetchV2Detail(job.id)])
        // One poll at a time: no second request while the first is unanswered.
        #expect(state.reduce(.tick(nowMS: start + 9_000)) == [])
        #expect(state.reduce(.v2DetailLoaded(job.id, Self.detail(job, phase: "Terminating"))) == [])
        #expect(state.rowStatus(of: job.id) == .phase("Terminating"))
        #expect(state.reduce(.tick(nowMS: start + 11_000)) == [.fetchV2Detail(job.id)])
        let refresh = state.reduce(.v2DetailLoaded(job.id, Self.detail(job, phase: "Terminated")))
        #expect(!refresh.isEmpty && refresh.allSatisfy { $0.asFetch != nil })
        #expect(state.rowStatus(of: job.id) == .phase("Terminated"))
        #expect(state.nextWritePollMS == nil)
        // The list shows the job settled too: the overlay goes, the row is the server's again.
        var settled = job
        settled.status = .phase("Terminated")
        let request = try #require(refresh.first?.asFetch)
        var page = DualServer().answer(request.request)
        page.jobs = page.jobs.map { $0.id == job.id ? settled : $0 }
        _ = state.reduce(.pageLoaded(request.request, generation: request.generation, page))
        #expect(state.rowStatus(of: job.id) == nil)
        #expect(state.writes.isEmpty)
        #expect(state.selectedJob?.status == .phase("Terminated"))
    }

    @Test("a failed poll is asked again later; a job gone meanwhile ends the polling")
    func pollFailures() throws {
        var (state, job) = try Self.stopping()
        _ = state.reduce(.writeSucceeded(.terminateV2(id: job.id.description), .accepted))
        let start = state.nowMS
        _ = state.reduce(.tick(nowMS: start + 2_000))
        #expect(state.reduce(.v2DetailFailed(job.id, .timeout(seconds: 30))) == [])
        #expect(state.nextWritePollMS == start + 4_000)
        #expect(state.reduce(.tick(nowMS: start + 4_000)) == [.fetchV2Detail(job.id)])
        let gone = APIError.server(status: 400, code: APIError.jobGoneCode, message: "not found")
        _ = state.reduce(.v2DetailFailed(job.id, gone))
        #expect(state.writes.isEmpty)
    }

    @Test("a v1 stop polls the job's versions until the stopped version is final")
    func v1StopPolls() throws {
        var state = BrowserState.loaded(InMemoryServer(SampleJobs.plain(23)), perPage: 50)
        let job = try state.selectJob { $0.status == .code(8) }
        guard case .number(let n) = job.id else { throw TestFailure("v1 ids are numbers") }
        let action = JobAction.stopV1(jobID: n, versionID: job.versionID)
        _ = state.press(.ctrl("k"), .char("y"))
        _ = state.reduce(.writeSucceeded(action, .accepted))
        let start = state.nowMS
        #expect(state.reduce(.tick(nowMS: start + 2_000)) == [.fetchVersions(job.id)])
        var version = JobVersion(versionID: job.versionID)
        version.status = .code(9)
        let list = { (v: JobVersion) in
            JobVersionList(jobID: job.id, jobName: job.name, jobDescription: "", versionCount: 1, versions: [v])
        }
        #expect(state.reduce(.versionsLoaded(job.id, list(version))) == [])
        #expect(state.rowStatus(of: job.id)?.word == "Stopping")
        _ = state.reduce(.tick(nowMS: start + 4_000))
        version.status = .code(12)
        #expect(!state.reduce(.versionsLoaded(job.id, list(version))).isEmpty)
        #expect(state.rowStatus(of: job.id)?.word == "Stopped")
    }

    @Test("a failed write shows the error's one line and changes nothing else; it is not sent again")
    func failedWrite() throws {
        var (state, job) = try Self.stopping()
        let rowsBefore = state.rowIDs
        let refused = APIError.server(
            status: 409, code: "ModelArts.2796", message: "The training job cannot be stopped now.")
        #expect(state.reduce(.writeFailed(.terminateV2(id: job.id.description), refused)) == [])
        #expect(state.notice == "stop \(job.name) failed: " + refused.message)
        #expect(state.rowStatus(of: job.id) == nil)
        #expect(state.writes.isEmpty)
        #expect(state.rowIDs == rowsBefore)
        #expect(state.nextWritePollMS == nil)
        #expect(state.reduce(.tick(nowMS: state.nowMS + 60_000)) == [])
        // The read-only refusal from the client is a failure like any other.
        var other = try Self.stopping().0
        let readOnly = APIError.invalidRequest(BrowserState.readOnlyRefusal)
        _ = other.reduce(.writeFailed(.terminateV2(id: job.id.description), readOnly))
        #expect(other.notice == "stop \(job.name) failed: " + BrowserState.readOnlyRefusal)
    }

    @Test("a confirmed delete leaves the table once the server answers, and the count drops by one")
    func deleteRemovesRow() throws {
        let server = DualServer()
        var state = BrowserState.dual(server, perPage: 5)
        // Page 2 in the cache too: its rows move up once a row of page 1 is gone.
        _ = state.reduce(.key(.char("j")))
        let total = try #require(state.paging.total)
        let job = try #require(state.selectedJob)
        let next = try #require(state.job(at: state.selection.index + 1))
        _ = state.press(.ctrl("d"))
        _ = state.type(try #require(state.confirm).expected)
        #expect(state.press(.enter) == [.perform(.deleteV2(id: job.id.description))])
        #expect(state.rowIDs.contains(job.id))
        let effects = state.reduce(.writeSucceeded(.deleteV2(id: job.id.description), .accepted))
        #expect(!state.rowIDs.contains(job.id))
        #expect(state.paging.total == total - 1)
        #expect(state.selection.count == total - 1)
        #expect(state.selectedJob?.id == next.id)
        #expect(state.notice == "deleted \(job.name)")
        // The page it was on is fetched again (the server's count and rows win from then on).
        let page1 = try #require(state.listQuery)
        #expect(effects.compactMap(\.asFetch).map(\.request).contains(page1))
        #expect(state.cache.entries.keys.allSatisfy { !($0.sameList(as: page1) && $0.pageNumber > 1) })
    }

    @Test("a delete that finds the job already gone is a success too")
    func deleteAlreadyGone() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try #require(state.selectedJob)
        _ = state.press(.ctrl("d"))
        _ = state.type(try #require(state.confirm).expected)
        _ = state.press(.enter)
        _ = state.reduce(.writeSucceeded(.deleteV2(id: job.id.description), .alreadyGone))
        #expect(!state.rowIDs.contains(job.id))
        #expect(state.notice == "\(job.name) was already gone")
    }

    @Test("a failed delete keeps the row and says why in one line")
    func deleteFails() throws {
        var state = BrowserState.dual(DualServer(), perPage: 50)
        let job = try #require(state.selectedJob)
        _ = state.press(.ctrl("d"))
        _ = state.type(try #require(state.confirm).expected)
        _ = state.press(.enter)
        #expect(state.rowStatus(of: job.id) == .phase("deleting…"))
        let forbidden = APIError.server(status: 403, code: "ModelArts.0203", message: "Forbidden")
        #expect(state.reduce(.writeFailed(.deleteV2(id: job.id.description), forbidden)) == [])
        #expect(state.rowIDs.contains(job.id))
        #expect(state.rowStatus(of: job.id) == nil)
        #expect(state.notice == "delete \(job.name) failed: " + forbidden.message)
    }
}
