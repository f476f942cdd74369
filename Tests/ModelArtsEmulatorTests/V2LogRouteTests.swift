import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 log preview and line-paged logs")
struct V2LogRouteTests {
    let clock = ManualClock()
    let service: EmulatorService

    init() { service = Kit.logService(clock: clock) }

    func id(_ state: V2JobState, where extra: (V2JobStore.Record) -> Bool = { _ in true }) throws -> String {
        try #require(service.v2Store.records.first { $0.state == state && extra($0) }).id
    }

    func lines(_ id: String, task: String = "worker-0", _ query: [(String, String)] = []) -> EmulatorResponse {
        service.handle(Kit.at(clock, Kit.linesPath(id, task: task), query: query))
    }

    func page(_ id: String, _ query: [(String, String)] = []) throws -> WireLinePage {
        let response = lines(id, query)
        #expect(response.status == 200, "\(response.bodyText.prefix(300))")
        return try Kit.linePage(response)
    }

    @Test("the preview of a finished job is its whole log: content, current_size and full_size")
    func previewWhole() throws {
        let job = try id(.completed) { $0.startMS > 0 && $0.id != service.logLandmarks.v2LargeLog?.jobID }
        let response = service.handle(Kit.at(clock, Kit.previewPath(job)))
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json;charset=UTF-8")
        let preview = try Kit.preview(response)
        #expect(preview.currentSize == preview.fullSize)
        #expect(preview.content.hasPrefix("[ModelArts Service Log]Training start at "))
        #expect(preview.content.hasSuffix("training end with return code: 0"))
        let json = try Kit.repairedJSON(response)
        #expect(Set(json.keys) == ["content", "current_size", "full_size"])
    }

    @Test("a job that has not started answers 204 with no body; one that never ran 400 ModelArts.2818")
    func notReady() throws {
        for state in [V2JobState.pending, .creating] {
            let response = service.handle(Kit.at(clock, Kit.previewPath(try id(state))))
            #expect(response.status == 204)
            #expect(response.body.isEmpty)
            #expect(lines(try id(state)).status == 204)
        }
        let never = service.handle(Kit.at(clock, Kit.previewPath(try id(.createFailed))))
        #expect(never.status == 400)
        #expect(try Kit.v2Error(never).errorCode == "ModelArts.2818")
    }

    @Test("a task the job does not have is 400 ModelArts.2818, an unknown job 400 ModelArts.2775")
    func unknownTaskAndJob() throws {
        let job = try id(.completed) { $0.nodeCount == 1 && $0.startMS > 0 }
        for task in ["worker-1", "worker-01", "chief", "worker-"] {
            let response = service.handle(Kit.at(clock, Kit.previewPath(job, task: task)))
            #expect(response.status == 400)
            #expect(try Kit.v2Error(response).errorCode == "ModelArts.2818")
            #expect(try Kit.v2Error(lines(job, task: task)).errorCode == "ModelArts.2818")
        }
        let missing = "00000000-0000-4000-8000-000000000000"
        #expect(try Kit.v2Error(service.handle(Kit.at(clock, Kit.previewPath(missing)))).errorCode == "ModelArts.2775")
        #expect(try Kit.v2Error(lines(missing)).errorCode == "ModelArts.2775")
    }

    @Test("without base_line the newest 50 lines come, oldest first, with string cursors beyond 2^53")
    func newestPage() throws {
        let job = try id(.completed) { $0.startMS > 0 }
        let page = try page(job)
        #expect(page.lines == 50)
        #expect(page.contentLines.count == 50)
        #expect(page.raw["start_line"] is String && page.raw["end_line"] is String)
        #expect(try #require(Int64(page.startLine)) > 9_007_199_254_740_992)
        #expect(cursorLess(page.startLine, page.endLine))
        let preview = try Kit.preview(service.handle(Kit.at(clock, Kit.previewPath(job))))
        #expect(preview.content.hasSuffix(page.content))
    }

    @Test("documented desc reads the lines before the cursor, asc those after it, the cursor's line left out")
    func documentedOrder() throws {
        let job = try id(.completed) { $0.startMS > 0 }
        let newest = try page(job, [("lines", "10")])
        let older = try page(job, [("base_line", newest.startLine), ("lines", "10"), ("order", "desc")])
        #expect(older.lines == 10)
        #expect(cursorLess(older.endLine, newest.startLine))
        #expect(Int64(older.endLine)! + 1 == Int64(newest.startLine)!)
        let newer = try page(job, [("base_line", older.startLine), ("lines", "5"), ("order", "asc")])
        #expect(Int64(newer.startLine)! == Int64(older.startLine)! + 1)
        #expect(Array(older.contentLines[1...5]) == newer.contentLines)
        let defaulted = try page(job, [("base_line", newest.startLine), ("lines", "10")])
        #expect(defaulted.content == older.content)
    }

    @Test("--log-order swapped reads desc as newer, --log-cursor inclusive includes the cursor's line")
    func otherReadings() throws {
        let swapped = Kit.logService(clock: clock) { $0.logOrder = .swapped }
        let inclusive = Kit.logService(clock: clock) { $0.logCursor = .inclusive }
        let job = try id(.completed) { $0.startMS > 0 }
        let newest = try page(job, [("lines", "20")])
        let base = [("base_line", newest.startLine), ("lines", "5")]
        let swappedDesc = try Kit.linePage(
            swapped.handle(Kit.at(clock, Kit.linesPath(job), query: base + [("order", "desc")])))
        #expect(cursorLess(newest.startLine, swappedDesc.startLine))
        let swappedAsc = try Kit.linePage(
            swapped.handle(Kit.at(clock, Kit.linesPath(job), query: base + [("order", "asc")])))
        #expect(cursorLess(swappedAsc.endLine, newest.startLine))
        let incOlder = try Kit.linePage(
            inclusive.handle(Kit.at(clock, Kit.linesPath(job), query: base + [("order", "desc")])))
        #expect(incOlder.endLine == newest.startLine)
        let incNewer = try Kit.linePage(
            inclusive.handle(Kit.at(clock, Kit.linesPath(job), query: base + [("order", "asc")])))
        #expect(incNewer.startLine == newest.startLine)
        #expect(incNewer.contentLines == Array(newest.contentLines.prefix(5)))
    }

    @Test("lines outside 1…500, an unknown order or a foreign cursor are 400 ModelArts.2764")
    func badParameters() throws {
        let job = try id(.completed) { $0.startMS > 0 }
        let other = try id(.failed) { $0.startMS > 0 }
        let foreign = try page(other).startLine
        for query in [
            [("lines", "0")], [("lines", "501")], [("lines", "ten")], [("order", "up")], [("base_line", "12x")],
            [("base_line", foreign)], [("base_line", "-5")],
        ] {
            let response = lines(job, query)
            #expect(response.status == 400, "\(query)")
            let error = try Kit.v2Error(response)
            #expect(error.errorCode == "ModelArts.2764")
            #expect(error.errorMsg.hasPrefix("Invalid query parameter ("))
        }
        #expect(try page(job, [("lines", "1")]).lines == 1)
    }

    @Test("a running job's log grows by one line a second of emulator time; a finished one's does not")
    func growth() throws {
        let running = try id(.running)
        let finished = try id(.completed) { $0.startMS > 0 }
        let before = try page(running, [("lines", "1")])
        let fixedBefore = try Kit.preview(service.handle(Kit.at(clock, Kit.previewPath(finished))))
        clock.advance(seconds: 30)
        let after = try page(running, [("lines", "1")])
        #expect(Int64(after.endLine)! - Int64(before.endLine)! == 30)
        let newer = try page(running, [("base_line", before.endLine), ("order", "asc"), ("lines", "500")])
        #expect(newer.lines == 30)
        #expect(newer.endLine == after.endLine)
        let fixedAfter = try Kit.preview(service.handle(Kit.at(clock, Kit.previewPath(finished))))
        #expect(fixedAfter.fullSize == fixedBefore.fullSize)
        #expect(fixedAfter.content == fixedBefore.content)
    }

    @Test("paging back from the newest line reaches the first line, each line once")
    func pageToStart() throws {
        let job = try id(.failed) { $0.startMS > 0 && $0.id != service.logLandmarks.v2LongLine?.jobID }
        var page = try page(job, [("lines", "500")])
        var all = page.contentLines
        while page.lines > 0 {
            page = try self.page(job, [("base_line", page.startLine), ("lines", "500"), ("order", "desc")])
            all = page.contentLines + all
        }
        let preview = try Kit.preview(service.handle(Kit.at(clock, Kit.previewPath(job))))
        #expect(all.joined(separator: "\n") == preview.content)
    }
}
