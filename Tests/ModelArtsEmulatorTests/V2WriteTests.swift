import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 terminate and delete")
struct V2WriteTests {
    let clock = ManualClock()
    let service: EmulatorService

    init() { service = Kit.logService(clock: clock) }

    func id(_ state: V2JobState, _ n: Int = 0) throws -> String {
        let ids = service.v2Store.records.filter { $0.state == state }.map(\.id)
        return try #require(ids.dropFirst(n).first)
    }

    func terminate(_ id: String, body: String = #"{"action_type":"terminate"}"#) -> EmulatorResponse {
        service.handle(Kit.at(clock, post: Kit.jobPath(id) + "/actions", body: body))
    }

    func phase(_ id: String) throws -> String {
        try Kit.job(service.handle(Kit.at(clock, Kit.jobPath(id)))).status.phase
    }

    @Test("terminate answers 202 with the job Terminating, which is Terminated 3 to 7 seconds later")
    func terminateSettles() throws {
        for state in [V2JobState.running, .pending, .creating] {
            let job = try id(state)
            let response = terminate(job)
            #expect(response.status == 202)
            let body = try Kit.job(response)
            #expect(body.metadata.id == job && body.status.phase == "Terminating")
            #expect(try phase(job) == "Terminating")
        }
        clock.advance(seconds: 2)
        #expect(try phase(try id(.running)) == "Terminating")
        clock.advance(seconds: 5)
        #expect(try phase(try id(.running)) == "Terminated")
        let settled = try Kit.job(service.handle(Kit.at(clock, Kit.jobPath(try id(.running)))))
        let duration = settled.status.duration
        clock.advance(seconds: 60)
        let later = try Kit.job(service.handle(Kit.at(clock, Kit.jobPath(try id(.running)))))
        #expect(later.status.duration == duration)
        let filtered = try Kit.searchPage(
            service.handle(Kit.search(["filters": [Kit.filter("phase", "in", ["Terminated"])], "limit": 50])))
        #expect(filtered.items.contains { $0.metadata.id == (try? id(.running)) })
    }

    @Test("a terminate shows in the job's events: requested at once, terminated once it settles")
    func terminateEvents() throws {
        let job = try id(.running)
        func messages() throws -> [String] {
            let response = service.handle(Kit.at(clock, Kit.jobPath(job) + "/events"))
            return try Kit.events(response).events.map(\.message)
        }
        #expect(try !messages().contains("Termination requested by the user."))
        _ = terminate(job)
        #expect(try messages().contains("Termination requested by the user."))
        #expect(try !messages().contains("Training job terminated."))
        clock.advance(seconds: 8)
        let settled = try messages()
        #expect(settled.contains("Termination requested by the user.") && settled.contains("Training job terminated."))
        #expect(!settled.contains("Training job completed."))
    }

    @Test("the settle delay is drawn per job from the seed: the same on another emulator with the seed")
    func deterministicSettle() throws {
        let job = try id(.running)
        let delay = WriteLedger.settleDelayMS(seed: 42, job: stableKey(job))
        #expect((3_000...7_000).contains(delay))
        _ = terminate(job)
        clock.nowMS += delay - 1
        #expect(try phase(job) == "Terminating")
        clock.nowMS += 1
        #expect(try phase(job) == "Terminated")
    }

    @Test("a running job's log stops growing once terminated and ends with the terminate trailer")
    func logStops() throws {
        let job = try id(.running)
        _ = terminate(job)
        clock.advance(seconds: 10)
        let first = try Kit.preview(service.handle(Kit.at(clock, Kit.previewPath(job))))
        clock.advance(seconds: 30)
        let second = try Kit.preview(service.handle(Kit.at(clock, Kit.previewPath(job))))
        #expect(first.fullSize == second.fullSize)
        #expect(second.content.hasSuffix("return code: 143"))
    }

    @Test("terminating a job that is not Creating, Pending or Running is 409 ModelArts.2796")
    func wrongState() throws {
        for state in [V2JobState.completed, .failed, .terminated, .terminating, .createFailed] {
            let response = terminate(try id(state))
            #expect(response.status == 409)
            #expect(try Kit.v2Error(response).errorCode == "ModelArts.2796")
        }
        let job = try id(.running, 1)
        #expect(terminate(job).status == 202)
        #expect(terminate(job).status == 409)
    }

    @Test("another or no action_type is 400 ModelArts.2812, a body that is not JSON 2787, an unknown job 2775")
    func badRequests() throws {
        let job = try id(.running, 2)
        for body in [#"{"action_type":"stop"}"#, "{}", "", #"{"action_type":1}"#] {
            let response = terminate(job, body: body)
            #expect(response.status == 400, "\(body)")
            #expect(try Kit.v2Error(response).errorCode == "ModelArts.2812")
        }
        #expect(try Kit.v2Error(terminate(job, body: "terminate")).errorCode == "ModelArts.2787")
        let missing = terminate("00000000-0000-4000-8000-000000000000")
        #expect(missing.status == 400)
        #expect(try Kit.v2Error(missing).errorCode == "ModelArts.2775")
        #expect(try phase(job) == "Running")
    }

    @Test("delete answers 202 with no body; the job leaves the lists, and its detail, events and logs answer 2775")
    func delete() throws {
        let job = try id(.completed)
        let before = try Kit.searchPage(service.handle(Kit.search(["limit": 50])))
        let response = service.handle(Kit.at(clock, "DELETE", Kit.jobPath(job)))
        #expect(response.status == 202)
        #expect(response.body.isEmpty)
        let after = try Kit.searchPage(service.handle(Kit.search(["limit": 50])))
        #expect(after.total == before.total - 1)
        let all = try Kit.walk(service, limit: 50, offset: .page)
        #expect(!all.contains(job) && all.count == before.total - 1)
        let byID = try Kit.searchPage(service.handle(Kit.search(["filters": [Kit.filter("id", "in", [job])]])))
        #expect(byID.items.isEmpty)
        for path in [Kit.jobPath(job), Kit.jobPath(job) + "/events", Kit.previewPath(job), Kit.linesPath(job)] {
            let gone = service.handle(Kit.at(clock, path))
            #expect(gone.status == 400)
            #expect(try Kit.v2Error(gone).errorCode == "ModelArts.2775")
        }
        #expect(
            try Kit.v2Error(service.handle(Kit.at(clock, "DELETE", Kit.jobPath(job)))).errorCode == "ModelArts.2775")
        #expect(try Kit.v2Error(terminate(job)).errorCode == "ModelArts.2775")
    }

    @Test("writes appear in the access log, and an injected fault answers instead of the write, changing nothing")
    func accessLogAndFaults() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("majobs-w-\(UUID().uuidString).log")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let logged = Kit.logService(clock: clock, accessLogPath: path)
        let running = try #require(logged.v2Store.records.first { $0.state == .running }).id
        let done = try #require(logged.v2Store.records.first { $0.state == .completed }).id
        _ = logged.handle(Kit.at(clock, post: Kit.jobPath(running) + "/actions", body: #"{"action_type":"terminate"}"#))
        _ = logged.handle(Kit.at(clock, "DELETE", Kit.jobPath(done)))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(lines.map { $0["method"] as? String } == ["POST", "DELETE"])
        #expect(lines.map { $0["status"] as? Int } == [202, 202])
        #expect(lines.map { $0["signature"] as? String } == ["accepted", "accepted"])
        let faulty = Kit.logService(clock: clock, faults: FaultPlan(errorRates: [503: 1]))
        let response = faulty.handle(Kit.at(clock, "DELETE", Kit.jobPath(done)))
        #expect(response.status == 503)
        faulty.setFaults(.none)
        #expect(faulty.handle(Kit.at(clock, Kit.jobPath(done))).status == 200)
    }
}
