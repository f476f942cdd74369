import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("emulated log content")
struct LogContentTests {
    let clock = ManualClock()
    let service: EmulatorService

    init() { service = Kit.logService(clock: clock) }

    func previewBody(_ service: EmulatorService, _ id: String, task: String = "worker-0") -> EmulatorResponse {
        service.handle(Kit.at(clock, Kit.previewPath(id, task: task)))
    }

    @Test("the same seed gives the same log bytes; another seed other bytes")
    func determinism() throws {
        let again = Kit.logService(clock: clock)
        let other = Kit.logService(seed: 7, clock: clock)
        let finished = service.v2Store.records.filter { $0.startMS > 0 && !$0.state.isActive }.prefix(5)
        #expect(finished.count == 5)
        for record in finished {
            let a = previewBody(service, record.id), b = previewBody(again, record.id)
            #expect(a.status == 200 && a.body == b.body)
        }
        let firstOther = try #require(other.v2Store.records.first { $0.startMS > 0 && !$0.state.isActive })
        let firstHere = try #require(finished.first)
        let spec = service.v2LogSpec(0, node: 0, record: firstHere)
        let otherSpec = other.v2LogSpec(0, node: 0, record: firstOther)
        #expect(spec.line(20, at: clock.nowMS) != otherSpec.line(20, at: clock.nowMS))
    }

    @Test("logs hold timestamps, SGR colours, tqdm \\r rewrites, CJK, tabs and raw invalid UTF-8 on the wire")
    func realisticContent() throws {
        let large = service.logLandmarks.v2LargeLog?.jobID
        let record = try #require(
            service.v2Store.records.first { $0.state == .completed && $0.startMS > 0 && $0.id != large })
        let response = previewBody(service, record.id)
        let body = response.body
        // Bytes that are not UTF-8 reach the wire raw, inside the JSON string.
        #expect(body.firstRange(of: [0xFF, 0xFE, 0x41, 0xC3, 0x28]) != nil)
        #expect(String(validating: body, as: UTF8.self) == nil)
        let text = try Kit.preview(response).content
        #expect(text.contains("\u{1B}[32mINFO\u{1B}[0m"))
        #expect(text.contains("\u{1B}[33mWARNING\u{1B}[0m"))
        #expect(text.contains("%|") && text.contains("\r"))
        #expect(text.contains("轮训练完成"))
        #expect(text.contains("\tMETRIC\t"))
        #expect(text.contains("\u{FFFD}"))
        let stamp = try #require(text.split(separator: "\n").dropFirst(6).first)
        #expect(stamp.prefix(23).wholeMatch(of: /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}/) != nil)
        // Control bytes are escaped in the JSON text, never raw.
        #expect(!body.contains(0x1B) && !body.contains(0x0D) && !body.contains(0x09))
    }

    @Test("some logs carry hostile sequences (OSC title, screen clear, cursor moves), not all of them")
    func hostileSome() throws {
        let finished = service.v2Store.records.enumerated().filter {
            $0.element.startMS > 0 && !$0.element.state.isActive
        }
        var hostile = 0, plain = 0
        for (index, record) in finished.prefix(40) {
            let spec = service.v2LogSpec(index, node: 0, record: record)
            let count = spec.lineCount(at: clock.nowMS)
            let text = LogWindow.text(spec, 0..<min(count, 400), at: clock.nowMS)
            let osc = text.firstRange(of: Array("\u{1B}]0;pwned\u{07}".utf8)) != nil
            #expect(osc == spec.hostile || count < 200)
            if spec.hostile {
                #expect(text.firstRange(of: Array("\u{1B}[2J".utf8)) != nil)
                #expect(text.firstRange(of: Array("\u{1B}[5A".utf8)) != nil)
                hostile += 1
            } else {
                plain += 1
            }
        }
        #expect(hostile > 0 && plain > 0)
    }

    @Test("the landmark job's worker-0 log holds one line of about 1 MB, served whole in its page")
    func longLine() throws {
        let mark = try #require(service.logLandmarks.v2LongLine)
        let record = try #require(service.v2Store.records.first { $0.id == mark.jobID })
        #expect(record.state == .failed)
        let index = LogLandmarks.longLineIndex
        let all = try Kit.linePage(service.handle(Kit.at(clock, Kit.linesPath(mark.jobID), query: [("lines", "1")])))
        let total = Int(Int64(all.endLine)! - record.createMS * 1_000_000) + 1
        // Page back to just after the long line, then read it alone.
        let cursor = String(record.createMS * 1_000_000 + Int64(index) + 1)
        let page = try Kit.linePage(
            service.handle(
                Kit.at(clock, Kit.linesPath(mark.jobID), query: [("base_line", cursor), ("lines", "1")])))
        #expect(page.lines == 1)
        #expect(page.content.utf8.count >= 1_000_000 && page.content.utf8.count < 1_100_000)
        #expect(!page.content.contains("\n"))
        #expect(total > index)
        let preview = try Kit.preview(previewBody(service, mark.jobID))
        #expect(preview.content.split(separator: "\n").contains { $0.utf8.count >= 1_000_000 })
        let v1 = try #require(service.logLandmarks.v1LongLine)
        let version = try #require(service.store.versions(for: .number(v1.jobID))?.first)
        #expect(version.versionID == v1.versionID)
        let v1Cursor = String(try #require(version.createTimeMS) * 1_000_000 + Int64(index) + 1)
        let v1Page = try Kit.linePage(
            service.handle(
                Kit.at(
                    clock, Kit.v1VersionPath(v1.jobID, v1.versionID) + "/aom-log",
                    query: [("log_file", v1.logFile), ("base_line", v1Cursor), ("lines", "1"), ("order", "asc")])))
        #expect(v1Page.lines == 1)
        #expect(v1Page.content.utf8.count >= 1_000_000 && !v1Page.content.contains("\n"))
    }

    @Test("the large log is over 5 MB: its preview is the newest 5 MB cut at a line start")
    func truncatedPreview() throws {
        let mark = try #require(service.logLandmarks.v2LargeLog)
        let response = previewBody(service, mark.jobID)
        let preview = try Kit.preview(response)
        #expect(preview.fullSize > 5_242_880)
        #expect(preview.currentSize <= 5_242_880 && preview.currentSize > 5_000_000)
        #expect(preview.fullSize > preview.currentSize)
        let index = try #require(service.v2Store.index(of: mark.jobID))
        let spec = service.v2LogSpec(index, node: 0, record: service.v2Store.record(index, at: clock.nowMS))
        let count = spec.lineCount(at: clock.nowMS)
        let whole = LogWindow.text(spec, 0..<count, at: clock.nowMS)
        #expect(whole.count == preview.fullSize)
        let tail = Array(whole.suffix(preview.currentSize))
        #expect(whole[whole.count - tail.count - 1] == 0x0A)
        #expect(String(decoding: tail, as: UTF8.self) == preview.content)
        let small = Kit.logService(clock: clock) { $0.logPreviewBytes = 1_000 }
        let cut = try Kit.preview(previewBody(small, mark.jobID))
        #expect(cut.currentSize <= 1_000 && cut.fullSize == preview.fullSize)
        #expect(preview.content.hasSuffix(cut.content))
    }
}
