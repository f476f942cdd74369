import Foundation
import JobBrowser
import JobPresentation
import ModelArts
import Synchronization
import Testing
import TestSupport

/// `PageWalk` is the one "every page" loop: `majobs list --all` prints through it and the export writes
/// through it, so a walk that stops a page early loses jobs in both.
@Suite("Walking every page (list --all and the export)")
struct PageWalkTests {
    final class Collected: OutputSink {
        var text = ""
        func write(_ text: String) { self.text += text }
    }

    /// What `list --all --output json` prints for `request`, walked over `api`.
    static func listAll(_ request: FetchRequest, api: any JobsAPI) async throws -> [[String: Any]] {
        let sink = Collected()
        var writer = JSONPageWriter()
        var first = true
        try await PageWalk.run(from: request, api: api) { _, page in
            writer.write(page: page, isFirst: first, to: sink)
            first = false
        }
        writer.finish(to: sink)
        let object = try JSONSerialization.jsonObject(with: Data(sink.text.utf8)) as? [String: Any]
        return try #require(object?["jobs"] as? [[String: Any]])
    }

    @Test("list --all over 2,500 jobs in pages of 1,000 prints 2,500 unique jobs in three requests")
    func twoThousandFiveHundred() async throws {
        let api = EmulatorJobsAPI(jobs: 2500)
        let jobs = try await Self.listAll(.page(try JobListQuery(perPage: 1000)), api: api)
        #expect(jobs.count == 2500)
        #expect(Set(jobs.compactMap { $0["job_id"].map { "\($0)" } }).count == 2500)
        #expect(api.listQueries.map(\.page) == [1, 2, 3])
    }

    @Test("a total that divides evenly stops at the last full page, with no empty request after it")
    func evenTotal() async throws {
        let api = EmulatorJobsAPI(jobs: 2000)
        let jobs = try await Self.listAll(.page(try JobListQuery(perPage: 1000)), api: api)
        #expect(jobs.count == 2000)
        #expect(api.listQueries.map(\.page) == [1, 2])
    }

    @Test("a walk from page 2 takes that page and every one after it")
    func fromLaterPage() async throws {
        let api = EmulatorJobsAPI(jobs: 95)
        let jobs = try await Self.listAll(.page(try JobListQuery(perPage: 20, page: 2)), api: api)
        #expect(jobs.count == 75)
        #expect(api.listQueries.map(\.page) == [2, 3, 4, 5])
    }

    /// Answers full pages of 100 except page 2, which is short, while the total always promises 1,000 jobs.
    final class ShortSecondPage: ListingOnlyFake {
        let asked = Mutex<[Int]>([])
        func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage {
            asked.withLock { $0.append(query.page) }
            let count = query.page == 2 ? 40 : query.perPage
            let jobs = SampleJobs.plain(count, firstID: Int64(query.page) * 10_000)
            return JobListPage(totalCount: 1000, countLimit: 0, quotas: 0, jobs: jobs)
        }
        func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList {
            throw .server(status: 404, code: nil, message: "no versions here")
        }
        func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage { throw .routeAbsent(.v2) }
        func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail { throw .routeAbsent(.v2) }
        func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] { throw .routeAbsent(.v2) }
    }

    @Test("a page shorter than asked for is the last one, whatever the total promised")
    func shortPageEnds() async throws {
        let api = ShortSecondPage()
        let jobs = try await Self.listAll(.page(try JobListQuery(perPage: 100)), api: api)
        #expect(jobs.count == 140)
        #expect(api.asked.withLock { $0 } == [1, 2])
    }

    @Test("maxPages 1 takes only the first page (list without --all)")
    func onePage() async throws {
        let api = EmulatorJobsAPI(jobs: 95)
        var pages = 0
        try await PageWalk.run(from: .page(try JobListQuery(perPage: 20)), api: api, maxPages: 1) { _, _ in
            pages += 1
        }
        #expect(pages == 1)
        #expect(api.listQueries.count == 1)
    }
}
