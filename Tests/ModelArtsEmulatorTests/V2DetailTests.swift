import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 job detail and events")
struct V2DetailTests {
    let service = Kit.v2Service()

    func job(_ id: String) throws -> WireJob {
        let response = service.handle(Kit.signed(path: Kit.jobPath(id)))
        #expect(response.status == 200)
        return try Kit.job(response)
    }

    func events(_ id: String, _ query: [(String, String)] = []) throws -> WireEvents {
        let response = service.handle(Kit.signed(path: Kit.jobPath(id) + "/events", query: query))
        #expect(response.status == 200, "\(response.bodyText)")
        return try Kit.events(response)
    }

    func ids(_ state: V2JobState) -> [String] {
        service.v2Store.records.filter { $0.state == state }.map(\.id)
    }

    @Test("the detail is the list item plus run records, parameters, inputs and outputs")
    func detailExtendsItem() throws {
        let page = try Kit.searchPage(service.handle(Kit.search(["limit": 50])))
        for item in page.items {
            let detail = try job(item.metadata.id)
            #expect(detail.metadata.id == item.metadata.id)
            #expect(detail.status.phase == item.status.phase)
            #expect(detail.spec.resource.flavorId == item.spec.resource.flavorId)
            #expect(item.algorithm.parameters == nil && item.status.runningRecords == nil)
            #expect(detail.algorithm.parameters?.isEmpty == false)
            #expect(detail.algorithm.inputs?.first?.name == "data_url")
            #expect(detail.algorithm.outputs?.first?.name == "train_url")
            #expect(detail.status.runningRecords != nil)
            #expect(item.algorithm.command == nil)
        }
    }

    @Test("every job has tasks worker-0…n-1 for its node count, a flavor, and an engine or an image")
    func shape() throws {
        let page = try Kit.searchPage(service.handle(Kit.search(["limit": 50])))
        var images = 0, engines = 0, named = 0
        for item in page.items {
            #expect(item.kind == "job")
            #expect(item.status.tasks == (0..<item.spec.resource.nodeCount).map { "worker-\($0)" })
            #expect(["CPU", "GPU", "Ascend"].contains(item.spec.resource.flavorDetail.flavorType))
            #expect(!item.spec.resource.flavorName.isEmpty)
            if let image = item.algorithm.engine.imageUrl {
                #expect(image.hasPrefix("swr."))
                #expect(try job(item.metadata.id).algorithm.command != nil)
                images += 1
            } else {
                #expect(item.algorithm.engine.engineName != nil && item.algorithm.engine.engineVersion != nil)
                engines += 1
            }
            if item.algorithm.name != nil { named += 1 }
        }
        #expect(images > 0 && engines > 0 && named > 0)
    }

    @Test("times follow the phase: never-started jobs have start 0 and duration 0; running ones grow")
    func times() throws {
        for id in ids(.createFailed) + ids(.pending) + ids(.creating) {
            let detail = try job(id)
            #expect(detail.status.startTime == 0 && detail.status.duration == 0)
        }
        let running = try #require(ids(.running).first)
        let clock = ManualClock()
        let live = EmulatorService(configuration: EmulatorConfiguration(jobCount: 300), now: { clock.nowMS })
        let before = try Kit.job(live.handle(Kit.signed(path: Kit.jobPath(running))))
        clock.advance(seconds: 60)
        let after = try Kit.job(live.handle(Kit.signed(path: Kit.jobPath(running), atMS: clock.nowMS)))
        #expect(after.status.duration == before.status.duration + 60_000)
        #expect(before.status.startTime > before.metadata.createTime)
        #expect(before.status.runningRecords?.first?.endAt == nil)
        let completed = try job(try #require(ids(.completed).first))
        let record = try #require(completed.status.runningRecords?.first)
        #expect(record.startAt == completed.status.startTime / 1000)
        #expect(record.endAt == (completed.status.startTime + completed.status.duration) / 1000)
        #expect(record.endReason == "job completed")
    }

    @Test("a failed job says which task failed and why, in its status and in an Error event")
    func failureExplained() throws {
        let failed = try #require(ids(.failed).first)
        let detail = try job(failed)
        #expect(detail.status.phase == "Failed")
        let task = try #require(detail.status.taskStatuses?.first)
        #expect(detail.status.tasks.contains(task.task))
        #expect(task.exitCode != 0)
        #expect(detail.status.runningRecords?.last?.endReason?.hasPrefix("exit with") == true)
        let list = try events(failed)
        let errors = list.events.filter { $0.level == "Error" }
        #expect(errors.contains { $0.message.contains(task.task) && $0.message.contains(task.message) })
        #expect(list.events.first?.message.hasPrefix("Training job failed") == true)
    }

    @Test("abnormal jobs explain themselves: creation failures and lost nodes")
    func abnormalExplained() throws {
        let created = try events(try #require(ids(.createFailed).first))
        #expect(created.events.first?.level == "Error")
        #expect(created.events.first?.message.hasPrefix("Training job creation failed:") == true)
        let lost = try #require(ids(.lost).first)
        #expect(try job(lost).status.secondaryPhase == "Lost")
        #expect(try events(lost).events.contains { $0.source == "K8S" && $0.level == "Warning" })
    }

    @Test("an unknown job is 400 ModelArts.2775 in the v2 shape, for the detail and the events")
    func notFound() throws {
        for path in [Kit.jobPath("3faf5c03-aaa1-4cbe-879d-24b05d997347"), Kit.jobPath("nope") + "/events"] {
            let response = service.handle(Kit.signed(path: path))
            #expect(response.status == 400)
            let body = try Kit.v2Error(response)
            #expect(body.errorCode == "ModelArts.2775")
            #expect(body.errorMsg.hasPrefix("Training job (ID: "))
            #expect(body.errorSolution != nil)
            #expect(body.isSuccess == nil)
            #expect(response.header("X-Request-Id")?.count == 32)
        }
    }

    @Test("events are newest first by default, oldest first with order=asc, in ISO 8601 with +08:00")
    func eventOrder() throws {
        let id = try #require(ids(.completed).first)
        let desc = try events(id)
        let asc = try events(id, [("order", "asc")])
        #expect(desc.order == "desc" && asc.order == "asc")
        #expect(desc.events.count >= 4)
        #expect(desc.events.map(\.message) == asc.events.reversed().map(\.message))
        let iso = try Regex(#"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$"#)
        #expect(desc.events.allSatisfy { $0.time.wholeMatch(of: iso) != nil })
        #expect(desc.startTime == asc.events.first?.time && desc.endTime == asc.events.last?.time)
        #expect(asc.events.first?.message == "Training job created.")
        let created = try job(id).metadata.createTime
        #expect(asc.events.first?.time == V2JobEvent.iso8601(epochMS: created))
    }

    @Test("event level, pattern and paging (both semantics) select and cut the list")
    func eventFilters() throws {
        let id = try #require(ids(.failed).first)
        let all = try events(id, [("limit", "100")])
        #expect(all.total == all.events.count)
        let errors = try events(id, [("level", "Error")])
        #expect(errors.events.map(\.message) == all.events.filter { $0.level == "Error" }.map(\.message))
        let pattern = try events(id, [("pattern", "worker-0")])
        #expect(pattern.events.allSatisfy { $0.message.contains("worker-0") } && pattern.total > 0)
        let second = try events(id, [("limit", "2"), ("offset", "1")])
        #expect(second.events.map(\.message) == Array(all.events.map(\.message)[2..<min(4, all.events.count)]))
        let records = Kit.v2Service(offset: .record)
        let recordPage = try Kit.events(
            records.handle(Kit.signed(path: Kit.jobPath(id) + "/events", query: [("limit", "2"), ("offset", "1")])))
        #expect(recordPage.events.map(\.message) == Array(all.events.map(\.message)[1..<3]))
    }

    @Test(
        "bad event queries are 400 ModelArts.50004000 with the reason in error_solution",
        arguments: [
            [("limit", "0")], [("limit", "101")], [("limit", "x")], [("offset", "-1")], [("order", "up")],
            [("level", "Debug")], [("start_time", "1")], [("pattern", String(repeating: "a", count: 257))],
        ])
    func badEventQuery(_ query: [(String, String)]) throws {
        let id = service.v2Store.ids[0]
        let response = service.handle(Kit.signed(path: Kit.jobPath(id) + "/events", query: query))
        #expect(response.status == 400)
        let body = try Kit.v2Error(response)
        #expect(body.errorCode == "ModelArts.50004000")
        #expect(body.errorSolution?.isEmpty == false)
    }
}
