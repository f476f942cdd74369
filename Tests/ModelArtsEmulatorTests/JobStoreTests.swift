import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("Seeded job store")
struct JobStoreTests {
    let store = JobStore(count: 300, seed: 42, now: Kit.nowMS)

    @Test("the same count, seed and now give the same jobs; another seed gives others")
    func determinism() {
        #expect(JobStore(count: 300, seed: 42, now: Kit.nowMS).jobs == store.jobs)
        #expect(JobStore(count: 300, seed: 43, now: Kit.nowMS).jobs != store.jobs)
    }

    @Test("holds exactly the requested number of jobs with unique ids", arguments: [0, 1, 22, 23, 99, 100, 1000])
    func count(n: Int) {
        let jobs = JobStore(count: n, seed: 7, now: Kit.nowMS).jobs
        #expect(jobs.count == n)
        #expect(Set(jobs.map(\.id)).count == n)
    }

    @Test("every documented status code appears at least once")
    func everyStatus() {
        let codes = Set(store.jobs.compactMap(\.status.code))
        for code in JobStatus.knownCodes { #expect(codes.contains(code), "missing status \(code)") }
    }

    @Test("codes outside 0...22 appear only from 100 jobs on")
    func outsideCodes() {
        let big = Set(JobStore(count: 100, seed: 1, now: Kit.nowMS).jobs.compactMap(\.status.code))
        #expect(big.isSuperset(of: JobStore.outsideCodes))
        let small = JobStore(count: 99, seed: 1, now: Kit.nowMS).jobs.compactMap(\.status.code)
        #expect(small.allSatisfy { (0...22).contains($0) })
    }

    @Test("create times lie within the last 90 days and durations fit between creation and now")
    func times() {
        for job in store.jobs {
            #expect(job.createTimeMS < Kit.nowMS)
            #expect(job.createTimeMS >= Kit.nowMS - JobStore.historyDays * 86_400_000)
            #expect(job.durationMS >= 0)
            #expect(job.createTimeMS + job.durationMS <= Kit.nowMS, "job \(job.id) ends in the future")
        }
    }

    @Test("queued jobs have no duration, running ones run until now, finished ones took minutes to days")
    func durationsMatchStatus() {
        for job in store.jobs {
            switch job.status.group {
            case .queued:
                #expect(job.durationMS == 0)
            case .running, .stopping:
                #expect(job.durationMS > 0)
                #expect(Kit.nowMS - job.createTimeMS - job.durationMS <= 10 * 60_000)
            case .succeeded:
                #expect(job.durationMS >= 60_000 || Kit.nowMS - job.createTimeMS < 11 * 60_000)
                #expect(job.durationMS <= 3 * 86_400_000)
            default:
                #expect(job.durationMS <= 3 * 86_400_000)
            }
        }
    }

    @Test("running jobs' durations grow with the clock; finished ones do not")
    func liveDurations() {
        let later = store.jobs(at: Kit.nowMS + 60_000)
        for (before, after) in zip(store.jobs, later) {
            let running = [.running, .stopping].contains(before.status.group)
            #expect(after.durationMS - before.durationMS == (running ? 60_000 : 0))
        }
    }

    @Test("names are English and Chinese, some longer than 100 characters")
    func names() {
        let names = store.jobs.map(\.name)
        #expect(names.contains { $0.unicodeScalars.contains { $0.properties.isIdeographic } })
        #expect(names.contains { $0.allSatisfy(\.isASCII) })
        #expect(names.filter { $0.count > 100 }.count >= 2)
        let descriptions = store.jobs.map(\.description)
        #expect(descriptions.contains { $0.unicodeScalars.contains { $0.properties.isIdeographic } })
        #expect(descriptions.contains { $0.isEmpty })
    }

    @Test("version counts are 1...12 and version ids are large 64-bit numbers")
    func versionsAndIDs() {
        for job in store.jobs {
            #expect((1...12).contains(job.versionCount))
            #expect(job.versionID > 1 << 53, "version id \(job.versionID) fits a double")
        }
        #expect(Set(store.jobs.map(\.versionCount)).count >= 8)
    }

    @Test("job ids grow with creation time")
    func idsFollowCreation() {
        let byTime = store.jobs.sorted { $0.createTimeMS < $1.createTimeMS }.map(\.id)
        #expect(byTime == byTime.sorted())
    }

    @Test("a job's versions: count, newest first, newest matches the job, names V0001..., obs URLs")
    func versions() throws {
        for job in store.jobs.prefix(40) {
            let versions = try #require(store.versions(for: job.id))
            #expect(versions.count == Int(job.versionCount))
            let newest = try #require(versions.first)
            #expect(newest.versionID == job.versionID)
            #expect(newest.status == job.status)
            #expect(newest.durationMS == job.durationMS)
            #expect(newest.versionName == "V" + String(job.versionCount).leftPadded(to: 4))
            #expect(versions.last?.versionName == "V0001")
            #expect(versions.map(\.versionID) == versions.map(\.versionID).sorted(by: >))
            for (newer, older) in zip(versions, versions.dropFirst()) {
                #expect(newer.preVersionID == older.versionID)
                #expect((older.createTimeMS ?? 0) + (older.durationMS ?? 0) <= newer.createTimeMS ?? 0)
            }
            for v in versions {
                #expect(v.dataURL?.hasPrefix("obs://") == true)
                #expect(v.trainURL?.hasPrefix("obs://") == true)
                #expect(v.logURL?.hasPrefix("obs://") == true)
                #expect(v.engineName?.isEmpty == false)
                #expect(v.engineVersion?.isEmpty == false)
                #expect(!v.parameters.isEmpty)
                #expect(v.cpu != nil && v.gpu != nil)
            }
        }
    }

    @Test("unknown jobs have no versions")
    func unknownVersions() {
        #expect(store.versions(for: .number(1)) == nil)
        #expect(store.versions(for: .uuid("x")) == nil)
    }
}
