import ModelArts
import TestSupport
import Testing

@testable import MajobsCLI

/// `list --sort name|status|duration|desc` on v2: every matching job fetched (a few requests at a time),
/// each once, under both offset and count semantics; more than the bound is a usage error.
@Suite("list: v2 local sorts fetch every matching job")
struct ListLocalSortTests {
    @Test(
        "every matching job once, whether count is the matching total or the page size",
        arguments: [V2Paging.Offset.page, .record], [V2Paging.Count.matching, .pageSize])
    func fetchAll(offset: V2Paging.Offset, count: V2Paging.Count) async throws {
        let api = FakeV2JobsAPI(FakeV2Server(jobs: 237, offset: offset, count: count))
        let page = try await ListCommand.fetchAllV2(
            try V2ListQuery(limit: 7, phases: ["Running"]), api: api, limit: 2000, flag: "name")
        let expected = (0..<237).filter { $0 % 2 == 0 }.map(FakeV2Server.id)
        #expect(page.jobs.map(\.id.description).sorted() == expected)
        #expect(page.totalCount == expected.count)
        let searches = api.server.requests.filter { $0.query.limit == 50 }
        #expect(searches.count <= 4, "\(searches.count) pages of 50 for 119 jobs (and at most one empty)")
    }

    @Test("more matching jobs than the bound is a one-line usage error naming the way out")
    func overBound() async throws {
        for count in [V2Paging.Count.matching, .pageSize] {
            let api = FakeV2JobsAPI(FakeV2Server(jobs: 130, offset: .page, count: count))
            do {
                _ = try await ListCommand.fetchAllV2(try V2ListQuery(), api: api, limit: 100, flag: "status")
                Issue.record("130 jobs were sorted under a bound of 100")
            } catch let error as ListUsageError {
                #expect(error.description.hasPrefix("--sort status on v2 sorts locally, at most 100 jobs"))
                #expect(error.description.contains("use --sort created"))
            }
        }
    }
}
