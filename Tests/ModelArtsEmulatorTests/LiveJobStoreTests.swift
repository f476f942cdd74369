import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("Live job store")
struct LiveJobStoreTests {
    static let start = Kit.nowMS
    let live = LiveJobStore(base: JobStore(count: 300, seed: 42, now: Self.start))

    func groups(_ jobs: [TrainingJob]) -> [StatusGroup: Int] {
        jobs.reduce(into: [:]) { $0[$1.status.group, default: 0] += 1 }
    }

    @Test("at the start the live store is the seeded store")
    func startsAsBase() {
        #expect(live.jobs(at: Self.start) == live.base.jobs(at: Self.start))
        #expect(live.arrivedCount(at: Self.start) == 0)
    }

    @Test("the same seed tells the same story; another seed another")
    func deterministic() {
        let t = Self.start + 90_000
        let again = LiveJobStore(base: JobStore(count: 300, seed: 42, now: Self.start))
        #expect(again.jobs(at: t) == live.jobs(at: t))
        let other = LiveJobStore(base: JobStore(count: 300, seed: 43, now: Self.start))
        #expect(other.jobs(at: t) != live.jobs(at: t))
    }

    @Test("a new job appears within the first 12 seconds, initialising, with a larger id than any before")
    func firstArrival() throws {
        let before = live.jobs(at: Self.start + 5_999)
        let after = live.jobs(at: Self.start + 12_000)
        #expect(after.count == before.count + 1)
        let new = try #require(after.last)
        #expect(new.status == .code(1))
        #expect(new.durationMS == 0)
        #expect(new.createTimeMS > Self.start && new.createTimeMS <= Self.start + 12_000)
        #expect(before.allSatisfy { $0.id < new.id })
    }

    @Test("over ten minutes queued jobs start, running ones finish or fail, and more jobs are submitted")
    func lifeGoesOn() {
        let early = live.jobs(at: Self.start)
        let later = live.jobs(at: Self.start + 600_000)
        let earlyByID = Dictionary(uniqueKeysWithValues: early.map { ($0.id, $0) })
        let started = later.filter { earlyByID[$0.id]?.status.group == .queued && $0.status.group == .running }
        let ended = later.filter {
            earlyByID[$0.id]?.status.group == .running && [.succeeded, .failed, .stopped].contains($0.status.group)
        }
        let stopped = later.filter { earlyByID[$0.id]?.status.group == .stopping && $0.status.group == .stopped }
        #expect(started.count >= 3, "queued jobs that started: \(started.count)")
        #expect(ended.count >= 3, "running jobs that ended: \(ended.count)")
        #expect(stopped.count == early.filter { $0.status.group == .stopping }.count)
        #expect(live.arrivedCount(at: Self.start + 600_000) >= 6)
        // Finished jobs from before stay exactly as they were.
        for job in later where [.succeeded, .failed].contains(earlyByID[job.id]?.status.group) {
            #expect(job == earlyByID[job.id])
        }
    }

    @Test("a running job's duration grows with the clock and stops growing when it ends")
    func durations() throws {
        let t0 = live.jobs(at: Self.start)
        let running = try #require(t0.first { $0.status == .code(8) })
        let end = try #require(live.timeline(of: running.id)?.runEndMS)
        let mid = Self.start + (end - Self.start) / 2
        let atMid = try #require(live.job(running.id, at: mid))
        #expect(atMid.durationMS == running.durationMS + (mid - Self.start))
        let atEnd = try #require(live.job(running.id, at: end))
        let later = try #require(live.job(running.id, at: end + 3_600_000))
        #expect(later.durationMS == atEnd.durationMS)
        #expect(later.status.group != .running)
    }

    @Test("between two moments of change the statuses stay put")
    func changesOnlyAtChangeTimes() throws {
        let window = Self.start...(Self.start + 300_000)
        let times = live.changeTimes(in: window)
        #expect(times.count >= 5)
        let first = try #require(times.first)
        let quiet = live.jobs(at: Self.start).map(\.status)
        #expect(live.jobs(at: first - 1).map(\.status) == quiet)
        #expect(live.jobs(at: first).map(\.status) != quiet)
    }

    @Test("the service lists, counts and versions the live jobs as of its clock")
    func service() throws {
        let clock = ManualClock()
        var configuration = EmulatorConfiguration(jobCount: 300, seed: 42)
        configuration.live = true
        let service = EmulatorService(configuration: configuration, now: { clock.nowMS })
        let query = [("sortBy", "create_time"), ("order", "desc"), ("per_page", "5")]
        let first = try Kit.page(service.handle(Kit.signed(query: query)))
        #expect(first.totalCount == 300)
        clock.advance(seconds: 120)
        let later = try Kit.page(service.handle(Kit.signed(query: query, atMS: clock.nowMS)))
        let arrived = try #require(service.live).arrivedCount(at: clock.nowMS)
        #expect(arrived >= 1)
        #expect(later.totalCount == 300 + arrived)
        let newest = try #require(later.jobs.first)
        #expect(newest.createTimeMS > Kit.nowMS)
        let path = "\(Kit.listPath)/\(newest.id)/versions"
        let versions = service.handle(Kit.signed(path: path, atMS: clock.nowMS))
        #expect(versions.status == 200)
        let list = try WireCoding.decode(JobVersionList.self, from: Data(versions.body), status: versions.status)
        #expect(list.versions.first?.status == newest.status)
    }

    @Test("a job not submitted yet is unknown to the versions API")
    func notYetSubmitted() throws {
        var configuration = EmulatorConfiguration(jobCount: 50, seed: 42)
        configuration.live = true
        let service = EmulatorService(configuration: configuration, now: { Kit.nowMS })
        let future = try #require(service.live?.arrivals.first?.job.id)
        let response = service.handle(Kit.signed(path: "\(Kit.listPath)/\(future)/versions"))
        #expect(response.status == 400)
    }
}
