import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v1 stop and delete")
struct V1WriteTests {
    let clock = ManualClock()
    let service: EmulatorService

    init() { service = Kit.logService(clock: clock) }

    func job(_ code: Int, _ n: Int = 0, versions: ClosedRange<Int64> = 1...100) throws -> TrainingJob {
        let jobs = service.store.jobs.filter { $0.status == .code(code) && versions.contains($0.versionCount) }
        return try #require(jobs.dropFirst(n).first)
    }

    func number(_ job: TrainingJob) -> Int64 {
        if case .number(let n) = job.id { return n }
        return -1
    }

    func jobPath(_ job: TrainingJob) -> String { "/v1/\(Kit.project)/training-jobs/\(number(job))" }

    func stop(_ job: TrainingJob, version: Int64? = nil) -> EmulatorResponse {
        service.handle(
            Kit.at(clock, "POST", Kit.v1VersionPath(number(job), version ?? job.versionID) + "/stop"))
    }

    func listed(_ job: TrainingJob) throws -> TrainingJob? {
        let page = try Kit.page(service.handle(Kit.at(clock, Kit.listPath, query: [("per_page", "1000")])))
        return page.jobs.first { $0.id == job.id }
    }

    func versions(_ job: TrainingJob) -> EmulatorResponse {
        service.handle(Kit.at(clock, jobPath(job) + "/versions"))
    }

    @Test("stop answers is_success; the version is code 9 at once and 12 a few seconds later")
    func stopSettles() throws {
        for code in [8, 7] {
            let job = try job(code)
            let response = stop(job)
            #expect(response.status == 200)
            #expect(try Kit.repairedJSON(response)["is_success"] as? Bool == true)
            #expect(try listed(job)?.status == .code(9))
        }
        clock.advance(seconds: 8)
        let running = try job(8)
        #expect(try listed(running)?.status == .code(12))
        let list = try WireCoding.decode(JobVersionList.self, from: Data(versions(running).body))
        #expect(list.versions.first?.status == .code(12))
        let duration = try #require(try listed(running)).durationMS
        clock.advance(seconds: 30)
        #expect(try listed(running)?.durationMS == duration)
    }

    @Test("only queued or running versions stop: others, a second stop and an old version get a v1 failure body")
    func refusals() throws {
        for code in [10, 11, 12] {
            let response = stop(try job(code))
            #expect(response.status == 400)
            let json = try Kit.repairedJSON(response)
            #expect(json["is_success"] as? Bool == false)
            #expect(json["error_code"] as? String == "ModelArts.0105")
        }
        let running = try job(8, 1)
        #expect(stop(running).status == 200)
        #expect(stop(running).status == 400)
        let multi = try job(8, versions: 2...100)
        let old = try WireCoding.decode(JobVersionList.self, from: Data(versions(multi).body)).versions[1]
        #expect(stop(multi, version: old.versionID).status == 400)
        #expect(try Kit.repairedJSON(stop(try job(8), version: 1))["error_code"] as? String == "ModelArts.2775")
    }

    @Test("deleting a job removes it from the list; its versions and logs answer 2775 after")
    func deleteJob() throws {
        let job = try job(10)
        let before = try Kit.page(service.handle(Kit.at(clock, Kit.listPath)))
        let response = service.handle(Kit.at(clock, "DELETE", jobPath(job)))
        #expect(response.status == 200)
        #expect(try Kit.repairedJSON(response)["is_success"] as? Bool == true)
        #expect(try listed(job) == nil)
        #expect(try Kit.page(service.handle(Kit.at(clock, Kit.listPath))).totalCount == before.totalCount - 1)
        #expect(try Kit.repairedJSON(versions(job))["error_code"] as? String == "ModelArts.2775")
        let names = service.handle(Kit.at(clock, Kit.v1VersionPath(number(job), job.versionID) + "/log/file-names"))
        #expect(try Kit.repairedJSON(names)["error_code"] as? String == "ModelArts.2775")
        let again = service.handle(Kit.at(clock, "DELETE", jobPath(job)))
        #expect(try Kit.repairedJSON(again)["is_success"] as? Bool == false)
    }

    @Test("deleting a version drops it from the job; deleting the current one hands over; the last removes the job")
    func deleteVersions() throws {
        let job = try job(10, versions: 3...12)
        let all = try WireCoding.decode(JobVersionList.self, from: Data(versions(job).body)).versions
        let older = all[1]
        let response = service.handle(Kit.at(clock, "DELETE", Kit.v1VersionPath(number(job), older.versionID)))
        #expect(try Kit.repairedJSON(response)["is_success"] as? Bool == true)
        let left = try WireCoding.decode(JobVersionList.self, from: Data(versions(job).body)).versions
        #expect(left.map(\.versionID) == all.map(\.versionID).filter { $0 != older.versionID })
        #expect(try listed(job)?.versionCount == Int64(all.count - 1))
        _ = service.handle(Kit.at(clock, "DELETE", Kit.v1VersionPath(number(job), all[0].versionID)))
        let newest = try #require(try listed(job))
        #expect(newest.versionID == all[2].versionID)
        #expect(newest.status == all[2].status)
        #expect(newest.versionCount == Int64(all.count - 2))
        for version in all.dropFirst(2) {
            _ = service.handle(Kit.at(clock, "DELETE", Kit.v1VersionPath(number(job), version.versionID)))
        }
        #expect(try listed(job) == nil)
    }
}
