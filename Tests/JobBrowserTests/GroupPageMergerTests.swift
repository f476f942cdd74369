import JobBrowser
import ModelArts
import Testing
import TestSupport

@Suite("Merging a status group's pages")
struct GroupPageMergerTests {
    // 37 jobs over the Failed group's codes and others, so totals are uneven per code.
    static let server = InMemoryServer(SampleJobs.plain(60))

    func merged(_ g: GroupQuery, _ server: InMemoryServer = server) async throws -> JobListPage {
        try await GroupPageMerger.fetchMergedPage(g) { q throws(APIError) in server.answer(q) }
    }

    @Test(
        "every page of the merged list equals the same slice of the whole sorted group",
        arguments: [
            (SortField.name, SortOrder.asc, 4), (.created, .desc, 3), (.duration, .asc, 7), (.status, .desc, 5),
        ])
    func everyPage(sortBy: SortField, order: SortOrder, perPage: Int) async throws {
        let codes = StatusGroup.running.codes + StatusGroup.succeeded.codes
        let reference = Self.server.matching(codes: codes, search: "", sortBy: sortBy, order: order)
        #expect(reference.count > 2 * perPage)
        let pages = (reference.count + perPage - 1) / perPage
        for page in 1...pages + 1 {
            let g = try GroupQuery(codes: codes, perPage: perPage, page: page, sortBy: sortBy, order: order)
            let answer = try await merged(g)
            let start = min(reference.count, (page - 1) * perPage)
            let expected = Array(reference[start..<min(reference.count, start + perPage)])
            #expect(answer.jobs == expected, "page \(page)")
            #expect(answer.totalCount == reference.count)
        }
    }

    @Test("a total that divides evenly ends with a full last page and an empty one after it")
    func evenTotal() async throws {
        let jobs = SampleJobs.plain(60).filter { [8, 10].contains($0.status.code ?? -1) }
        let server = InMemoryServer(jobs)
        let total = jobs.count
        let perPage = [2, 3, 4, 5].first { total % $0 == 0 } ?? 1
        let last = try await merged(try GroupQuery(codes: [8, 10], perPage: perPage, page: total / perPage), server)
        #expect(last.jobs.count == perPage)
        #expect(last.totalCount == total)
        let beyond = try await merged(
            try GroupQuery(codes: [8, 10], perPage: perPage, page: total / perPage + 1), server)
        #expect(beyond.jobs.isEmpty)
        #expect(beyond.totalCount == total)
    }

    @Test("search narrows every code's query and the total")
    func search() async throws {
        let codes = StatusGroup.running.codes + StatusGroup.failed.codes
        let g = try GroupQuery(codes: codes, perPage: 50, page: 1, searchContent: "bert")
        let answer = try await merged(g)
        let reference = Self.server.matching(codes: codes, search: "bert", sortBy: .name, order: .asc)
        #expect(answer.jobs == reference)
        #expect(answer.totalCount == reference.count)
        #expect(answer.jobs.allSatisfy { $0.name.contains("bert") })
    }

    @Test("deep pages fetch each code in chunks of at most 1000")
    func chunks() async throws {
        let jobs = (0..<2600).map { i in
            TrainingJob(
                id: .number(Int64(i)), name: String(format: "job-%05d", i), versionID: 1,
                status: .code(i % 3 == 0 ? 8 : 10), createTimeMS: 1, durationMS: 1, description: "",
                versionCount: 1)
        }
        let server = InMemoryServer(jobs)
        let answer = try await merged(try GroupQuery(codes: [8, 10], perPage: 600, page: 3), server)
        #expect(answer.jobs.map(\.id) == (1200..<1800).map { JobID.number(Int64($0)) })
        #expect(answer.totalCount == 2600)
        #expect(server.queries.allSatisfy { $0.perPage <= 1000 })
        // Code 10 has 1733 jobs: 1000 + 800 cover the 1800 wanted; code 8 has 867, all in one page.
        #expect(server.queries.filter { $0.status == 10 }.map(\.page) == [1, 2])
        #expect(server.queries.filter { $0.status == 8 }.map(\.page) == [1])
    }

    @Test("a failing code fails the whole page with its error")
    func failure() async throws {
        let g = try GroupQuery(codes: [8, 11], perPage: 5, page: 1)
        await #expect(throws: APIError.server(status: 503, code: "ModelArts.0001", message: "busy")) {
            try await GroupPageMerger.fetchMergedPage(g) { q throws(APIError) in
                if q.status == 11 { throw .server(status: 503, code: "ModelArts.0001", message: "busy") }
                return SampleJobs.page([])
            }
        }
    }

    @Test("a group query refuses no codes and out-of-range paging")
    func validation() {
        #expect(throws: QueryError.self) { try GroupQuery(codes: []) }
        #expect(throws: QueryError.self) { try GroupQuery(codes: [1], perPage: 1001) }
        #expect(throws: QueryError.self) { try GroupQuery(codes: [1], page: 0) }
    }
}
