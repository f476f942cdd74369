import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v1 log file names and aom-log")
struct V1LogRouteTests {
    let clock = ManualClock()
    let service: EmulatorService

    init() { service = Kit.logService(clock: clock) }

    /// A job in `group` and its current version.
    func job(_ group: StatusGroup, where extra: (JobVersion) -> Bool = { _ in true }) throws -> (
        TrainingJob, JobVersion
    ) {
        for job in service.store.jobs where job.status.group == group {
            if let version = service.store.versions(for: job.id)?.first, extra(version) { return (job, version) }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    func number(_ job: TrainingJob) -> Int64 {
        if case .number(let n) = job.id { return n }
        return -1
    }

    func names(_ job: TrainingJob, _ version: JobVersion) throws -> [String] {
        let response = service.handle(
            Kit.at(clock, Kit.v1VersionPath(number(job), version.versionID) + "/log/file-names"))
        #expect(response.status == 200)
        let json = try Kit.repairedJSON(response)
        #expect(json["is_success"] as? Bool == true)
        return try #require(json["log_file_list"] as? [String])
    }

    func aom(_ job: TrainingJob, _ version: JobVersion, _ query: [(String, String)]) -> EmulatorResponse {
        service.handle(Kit.at(clock, Kit.v1VersionPath(number(job), version.versionID) + "/aom-log", query: query))
    }

    @Test("file-names lists one file per node, named <job name>-V0001.0, .1, …")
    func fileNames() throws {
        let (single, singleVersion) = try job(.succeeded) { $0.workerServerNum == 1 }
        #expect(try names(single, singleVersion) == ["\(single.name)-\(singleVersion.versionName!).0"])
        let (multi, multiVersion) = try job(.succeeded) { ($0.workerServerNum ?? 1) > 1 }
        let files = try names(multi, multiVersion)
        #expect(files.count == Int(multiVersion.workerServerNum!))
        #expect(files.last == "\(multi.name)-\(multiVersion.versionName!).\(files.count - 1)")
    }

    @Test("aom-log without a cursor gives the newest lines, typed as the documented sample")
    func newest() throws {
        let (job, version) = try job(.succeeded)
        let file = try names(job, version)[0]
        let response = aom(job, version, [("log_file", file), ("lines", "20")])
        #expect(response.status == 200)
        let page = try Kit.linePage(response)
        #expect(page.raw["is_success"] as? Bool == true)
        #expect(page.raw["start_line"] is NSNumber && page.raw["end_line"] is String && page.raw["lines"] is String)
        #expect(page.lines == 20 && page.contentLines.count == 20)
        #expect(page.content.hasSuffix("training end with return code: 0"))
        #expect(try #require(Int64(page.startLine)) > 9_007_199_254_740_992)
        let defaulted = try Kit.linePage(aom(job, version, [("log_file", file)]))
        #expect(defaulted.lines == 50)
    }

    @Test("documented asc reads older lines, desc newer; swapped the other way; lines 0 is an empty page")
    func orders() throws {
        let (job, version) = try job(.succeeded)
        let file = try names(job, version)[0]
        let newest = try Kit.linePage(aom(job, version, [("log_file", file), ("lines", "10")]))
        let base = [("log_file", file), ("base_line", newest.startLine), ("lines", "5")]
        let older = try Kit.linePage(aom(job, version, base + [("order", "asc")]))
        #expect(Int64(older.endLine)! + 1 == Int64(newest.startLine)!)
        let newer = try Kit.linePage(aom(job, version, base + [("order", "desc")]))
        #expect(Int64(newer.startLine)! == Int64(newest.startLine)! + 1)
        #expect(newer.contentLines == Array(newest.contentLines[1...5]))
        let swapped = Kit.logService(clock: clock) { $0.logOrder = .swapped }
        let path = Kit.v1VersionPath(number(job), version.versionID) + "/aom-log"
        let swappedAsc = try Kit.linePage(swapped.handle(Kit.at(clock, path, query: base + [("order", "asc")])))
        #expect(swappedAsc.startLine == newer.startLine)
        let empty = try Kit.linePage(aom(job, version, [("log_file", file), ("lines", "0")]))
        #expect(empty.lines == 0 && empty.content.isEmpty)
    }

    @Test("a missing log_file or bad lines is a v1 failure body; an unknown file, job or version too")
    func failures() throws {
        let (job, version) = try job(.succeeded)
        let file = try names(job, version)[0]
        for (query, code) in [
            ([("lines", "5")], "ModelArts.0104"), ([("log_file", file), ("lines", "501")], "ModelArts.0104"),
            ([("log_file", file), ("order", "up")], "ModelArts.0104"), ([("log_file", "other.0")], "ModelArts.0105"),
            ([("log_file", file), ("base_line", "99")], "ModelArts.0104"),
        ] {
            let response = aom(job, version, query)
            #expect(response.status == 400)
            let json = try Kit.repairedJSON(response)
            #expect(json["is_success"] as? Bool == false)
            #expect(json["error_code"] as? String == code, "\(query)")
            #expect(json["error_message"] is String)
        }
        let unknown = service.handle(Kit.at(clock, Kit.v1VersionPath(1, 1) + "/log/file-names"))
        #expect(unknown.status == 400)
        #expect(try Kit.repairedJSON(unknown)["error_code"] as? String == "ModelArts.2775")
        let badVersion = service.handle(
            Kit.at(clock, Kit.v1VersionPath(number(job), 5) + "/aom-log", query: [("log_file", file)]))
        #expect(try Kit.repairedJSON(badVersion)["is_success"] as? Bool == false)
    }

    @Test("a running version's log grows with emulator time; a queued one's is empty")
    func growth() throws {
        let (running, runningVersion) = try job(.running)
        let file = try names(running, runningVersion)[0]
        let before = try Kit.linePage(aom(running, runningVersion, [("log_file", file), ("lines", "1")]))
        clock.advance(seconds: 12)
        let after = try Kit.linePage(aom(running, runningVersion, [("log_file", file), ("lines", "1")]))
        #expect(Int64(after.endLine)! - Int64(before.endLine)! == 12)
        let (queued, queuedVersion) = try job(.queued)
        let empty = try Kit.linePage(aom(queued, queuedVersion, [("log_file", try names(queued, queuedVersion)[0])]))
        #expect(empty.lines == 0)
    }
}
