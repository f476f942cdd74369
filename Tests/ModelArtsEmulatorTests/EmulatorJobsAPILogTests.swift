import Foundation
import ModelArts
import Synchronization
import Testing
import TestSupport
@testable import ModelArtsEmulator

@Suite("EmulatorJobsAPI logs and writes")
struct EmulatorJobsAPILogTests {
    let api: EmulatorJobsAPI

    init() {
        let box = ClockBox()
        api = EmulatorJobsAPI(jobs: 300, nowMS: { box.nowMS })
        self.box = box
    }

    let box: ClockBox

    final class ClockBox: Sendable {
        let value = Mutex<Int64>(SampleJobs.nowMS)
        var nowMS: Int64 { value.withLock { $0 } }
        func advance(seconds: Int64) { value.withLock { $0 += seconds * 1000 } }
    }

    func record(_ state: V2JobState, _ n: Int = 0) throws -> V2JobStore.Record {
        try #require(api.service.v2Store.records.filter { $0.state == state && $0.startMS > 0 }.dropFirst(n).first)
    }

    @Test("the preview and line pages of a v2 log join up, oldest first, without the cursor line")
    func v2Paging() async throws {
        let job = try record(.completed, 1).id
        let preview = try await api.v2LogPreview(jobID: job, task: "worker-0")
        #expect(!preview.isTruncated && (preview.fullSize ?? 0) > 0)
        let newest = try await api.logLines(LogLinesRequest(source: .v2(jobID: job, task: "worker-0"), lines: 20))
        #expect(newest.lineCount == 20)
        #expect(preview.text.hasSuffix(newest.text))
        let older = try await api.logLines(
            LogLinesRequest(source: .v2(jobID: job, task: "worker-0"), cursor: newest.firstLine, lines: 30))
        #expect(preview.text.hasSuffix(older.text + "\n" + newest.text))
        let newer = try await api.logLines(
            LogLinesRequest(
                source: .v2(jobID: job, task: "worker-0"), cursor: older.lastLine, direction: .newer, lines: 20))
        #expect(newer.text == newest.text)
    }

    @Test("a v1 log: file names, then the newest lines and older ones")
    func v1Paging() async throws {
        let job = try #require(api.service.store.jobs.first { $0.status == .code(10) })
        guard case .number(let id) = job.id else { throw CocoaError(.coderInvalidValue) }
        let files = try await api.v1LogFileNames(jobID: id, versionID: job.versionID)
        let source = LogSource.v1(jobID: id, versionID: job.versionID, file: try #require(files.first))
        let newest = try await api.logLines(LogLinesRequest(source: source, lines: 10))
        #expect(newest.lineCount == 10)
        let older = try await api.logLines(LogLinesRequest(source: source, cursor: newest.firstLine, lines: 10))
        #expect(older.lineCount == 10)
        #expect(LogCursor.compare(try #require(older.lastLine), try #require(newest.firstLine)) == -1)
    }

    @Test("a pending job's preview is not ready (204), a missing job gone")
    func notReady() async throws {
        let pending = try #require(api.service.v2Store.records.first { $0.state == .pending }).id
        await #expect(throws: APIError.logNotReady(status: 204)) {
            _ = try await api.v2LogPreview(jobID: pending, task: "worker-0")
        }
        do {
            _ = try await api.v2LogPreview(jobID: "00000000-0000-4000-8000-000000000000", task: "worker-0")
            Issue.record("expected an error")
        } catch {
            #expect(error.isJobGone)
        }
    }

    @Test("perform terminates, deletes and stops, records each action, and a second delete is alreadyGone")
    func writes() async throws {
        let running = try record(.running).id
        #expect(try await api.perform(.terminateV2(id: running)) == .accepted)
        let detail = try await api.v2JobDetail(id: running)
        #expect(detail.job.status == .phase("Terminating"))
        await #expect(throws: APIError.self) { _ = try await api.perform(.terminateV2(id: running)) }
        let done = try record(.completed).id
        #expect(try await api.perform(.deleteV2(id: done)) == .accepted)
        #expect(try await api.perform(.deleteV2(id: done)) == .alreadyGone)
        let v1 = try #require(api.service.store.jobs.first { $0.status == .code(8) })
        guard case .number(let id) = v1.id else { throw CocoaError(.coderInvalidValue) }
        #expect(try await api.perform(.stopV1(jobID: id, versionID: v1.versionID)) == .accepted)
        #expect(try await api.perform(.deleteV1Job(jobID: id)) == .accepted)
        #expect(try await api.perform(.deleteV1Job(jobID: id)) == .alreadyGone)
        #expect(
            api.performedActions == [
                .terminateV2(id: running), .terminateV2(id: running), .deleteV2(id: done), .deleteV2(id: done),
                .stopV1(jobID: id, versionID: v1.versionID), .deleteV1Job(jobID: id), .deleteV1Job(jobID: id),
            ])
        api.setFailure(.connection("refused"))
        await #expect(throws: APIError.connection("refused")) { _ = try await api.perform(.deleteV2(id: running)) }
        #expect(api.performedActions.count == 8)
    }
}
