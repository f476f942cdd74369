import JobBrowser
import ModelArts
import Synchronization
import Testing
import TestSupport

/// A v2-only `JobsAPI` over `FakeV2Server` through the client's pager (so both offset semantics are
/// real), counting how many searches run at once.
final class PagedV2API: ListingOnlyFake {
    let server: FakeV2Server
    let pager: V2Pager
    private let gauge = Mutex((now: 0, most: 0, calls: 0))

    init(jobs: Int, offset: V2Paging.Offset, count: V2Paging.Count = .matching) {
        server = FakeV2Server(jobs: jobs, offset: offset, count: count)
        pager = server.pager()
    }

    var mostAtOnce: Int { gauge.withLock { $0.most } }
    var calls: Int { gauge.withLock { $0.calls } }

    func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        gauge.withLock { g in
            g.now += 1
            g.calls += 1
            g.most = max(g.most, g.now)
        }
        defer { gauge.withLock { $0.now -= 1 } }
        await Task.yield()
        return try await pager.page(query)
    }

    func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage { throw .routeAbsent(.v1) }
    func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList { throw .routeAbsent(.v1) }
    func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail { throw .invalidRequest("not here") }
    func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] { throw .invalidRequest("not here") }
}

@Suite("Local sort on v2: collecting every matching job")
struct V2LocalSortCollectTests {
    func query(page: Int = 1, field: SortField = .name, phases: [String] = []) throws -> V2LocalSortQuery {
        try V2LocalSortQuery(
            search: try V2ListQuery(limit: 50, phases: phases), field: field, order: .asc, page: page, perPage: 20)
    }

    @Test(
        "every matching job is collected exactly once, at most 4 requests at a time, under both offset semantics",
        arguments: [V2Paging.Offset.page, .record])
    func collectsEachOnce(offset: V2Paging.Offset) async throws {
        let api = PagedV2API(jobs: 437, offset: offset)
        let sorter = V2LocalSort()
        var ids: [JobID] = []
        var page = 1
        var total = 0
        repeat {
            let answer = try await sorter.page(try query(page: page), api: api)
            total = answer.totalCount
            ids += answer.jobs.map(\.id)
            page += 1
        } while ids.count < total && page < 100
        #expect(total == 437)
        #expect(ids.count == 437 && Set(ids).count == 437)
        #expect(ids.map(\.description) == ids.map(\.description).sorted())
        #expect(api.mostAtOnce <= V2LocalSortQuery.concurrency)
        // Paging through the sorted list reuses the collection: no more searches after the first page's.
        let afterFirst = api.calls
        _ = try await sorter.page(try query(page: 3), api: api)
        #expect(api.calls == afterFirst)
    }

    @Test("a phase filter is collected with the filter, and a server whose count is only a lower bound is followed")
    func filteredAndLowerBound() async throws {
        let api = PagedV2API(jobs: 230, offset: .page, count: .pageSize)
        let answer = try await V2LocalSort().page(try query(phases: ["Failed"]), api: api)
        #expect(answer.totalCount == 115)
        #expect(answer.jobs.allSatisfy { $0.status.name == "Failed" })
    }

    @Test("more than 2,000 matching jobs is refused with one line, after one request")
    func refusesAboveBound() async throws {
        let api = PagedV2API(jobs: V2LocalSortQuery.bound + 1, offset: .page)
        var message = ""
        do {
            _ = try await V2LocalSort().page(try query(), api: api)
            Issue.record("a sort of 2,001 jobs was not refused")
        } catch let error as APIError {
            message = error.message
        }
        #expect(message.contains("2001 jobs match") && !message.contains("\n"))
        #expect(api.calls == 1)
    }
}
