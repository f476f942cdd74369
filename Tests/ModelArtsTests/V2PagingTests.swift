import Foundation
import ModelArts
import Synchronization
import TestSupport
import Testing

@Suite("v2 paging: the offset/count probe and paging under both semantics")
struct V2PagingTests {
    /// Every page of `query` through the pager, until a short page.
    static func walk(_ pager: V2Pager, _ query: V2ListQuery) async throws -> (ids: [String], totals: [Int]) {
        var ids: [String] = []
        var totals: [Int] = []
        var current = query
        while true {
            let page = try await pager.page(current)
            ids += page.jobs.map(\.id.description)
            totals.append(page.totalCount)
            guard page.jobs.count == current.limit else { return (ids, totals) }
            current = try current.onPage(current.page + 1)
        }
    }

    /// The probe run against `server` directly.
    static func probe(_ server: FakeV2Server) async throws -> (outcome: V2PagingProbe.Outcome, count: V2Paging.Count?) {
        let query = try V2ListQuery(limit: 2, order: .asc)
        return try await V2PagingProbe.run { o in
            let answer = server.search(query, wireOffset: o)
            return .init(ids: answer.jobs.map(\.id.description), count: answer.count, total: answer.total)
        }
    }

    @Test(
        "the probe finds the server's offset reading and count reading",
        arguments: [V2Paging.Offset.page, .record], [V2Paging.Count.matching, .pageSize])
    func probeBothWays(offset: V2Paging.Offset, count: V2Paging.Count) async throws {
        let server = FakeV2Server(jobs: 7, offset: offset, count: count)
        let result = try await Self.probe(server)
        #expect(result.outcome == .decided(offset))
        #expect(result.count == count)
        #expect(server.requests.count == 3, "A, B and A again")
        #expect(server.requests.allSatisfy { $0.query.order == .asc && $0.query.isUnfiltered })
    }

    @Test(
        "every matching job comes exactly once, in order, under both semantics, filtered or not",
        arguments: [V2Paging.Offset.page, .record], [V2Paging.Count.matching, .pageSize])
    func walkBothWays(offset: V2Paging.Offset, count: V2Paging.Count) async throws {
        let server = FakeV2Server(jobs: 123, offset: offset, count: count)
        let pager = server.pager()
        let all = try await Self.walk(pager, try V2ListQuery(limit: 10))
        #expect(all.ids == (0..<123).reversed().map(FakeV2Server.id))
        let running = try await Self.walk(pager, try V2ListQuery(limit: 7, phases: ["Running"]))
        #expect(running.ids == (0..<123).reversed().filter { $0 % 2 == 0 }.map(FakeV2Server.id))
        let readings = await pager.readings
        #expect(readings.offset == offset && readings.count == count)
        if count == .matching {
            #expect(running.totals.allSatisfy { $0 == 62 }, "count is the matching total: jobs N from page 1")
        } else {
            #expect(running.totals.last == 62, "a page-size count: a lower bound, exact on the last page")
        }
    }

    @Test("the probe runs once per pager and not at all for first pages")
    func probeOnce() async throws {
        let server = FakeV2Server(jobs: 30, offset: .record)
        let pager = server.pager()
        _ = try await pager.page(try V2ListQuery(limit: 5))
        #expect(server.requests.map(\.offset) == [0], "page 1 is offset 0 either way")
        _ = try await pager.page(try V2ListQuery(page: 3, limit: 5))
        _ = try await pager.page(try V2ListQuery(page: 4, limit: 5))
        let probes = server.requests.filter { $0.query.limit == 2 }
        #expect(probes.count == 3)
        #expect(server.requests.suffix(2).map(\.offset) == [10, 15], "record offsets after the probe")
    }

    @Test("concurrent later pages share one probe")
    func sharedProbe() async throws {
        let server = FakeV2Server(jobs: 40, offset: .page)
        let pager = server.pager()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for page in 2...6 {
                group.addTask { _ = try await pager.page(try V2ListQuery(page: page, limit: 5)) }
            }
            try await group.waitForAll()
        }
        #expect(server.requests.filter { $0.query.limit == 2 }.count == 3)
    }

    @Test(
        "a job created while probing moves nothing oldest first; the reading is still right",
        arguments: [V2Paging.Offset.page, .record])
    func createdMeanwhile(offset: V2Paging.Offset) async throws {
        let server = FakeV2Server(jobs: 9, offset: offset)
        server.state.withLock { s in
            s.beforeRequest = { ids, index in if index == 1 || index == 2 { ids.append("new-\(index)") } }
        }
        let result = try await Self.probe(server)
        #expect(result.outcome == .decided(offset))
    }

    @Test(
        "a job deleted while probing makes the probe start over, then decide",
        arguments: [V2Paging.Offset.page, .record])
    func deletedMeanwhile(offset: V2Paging.Offset) async throws {
        let server = FakeV2Server(jobs: 9, offset: offset)
        server.state.withLock { s in
            // Between A and B of the first round, the oldest job goes: A and A-again differ.
            s.beforeRequest = { ids, index in if index == 1 { ids.removeFirst() } }
        }
        let result = try await Self.probe(server)
        #expect(result.outcome == .decided(offset))
        #expect(server.requests.count == 6, "one round thrown away, one kept")
    }

    @Test("with fewer than two jobs nothing is decided or cached, and later pages are empty either way")
    func tooFew() async throws {
        for offset in [V2Paging.Offset.page, .record] {
            let server = FakeV2Server(jobs: 1, offset: offset)
            let pager = server.pager()
            let page = try await pager.page(try V2ListQuery(page: 2, limit: 1))
            #expect(page.jobs.isEmpty)
            #expect(await pager.readings.offset == nil)
        }
    }

    @Test("two jobs are enough: B empty means a page index, B = [a1] a record offset")
    func twoJobs() async throws {
        for offset in [V2Paging.Offset.page, .record] {
            let server = FakeV2Server(jobs: 2, offset: offset)
            let pager = server.pager()
            let all = try await Self.walk(pager, try V2ListQuery(limit: 1))
            #expect(all.ids == [FakeV2Server.id(1), FakeV2Server.id(0)])
            #expect(await pager.readings.offset == offset)
        }
    }

    @Test("a list that keeps changing under the probe is paged one job at a time, right either way")
    func unstable() async throws {
        for offset in [V2Paging.Offset.page, .record] {
            let server = FakeV2Server(jobs: 20, offset: offset)
            // Every request sees a new oldest job: no probe round ever sees the same first page twice.
            server.state.withLock { s in s.beforeRequest = { ids, index in ids[0] = "tmp-\(index)" } }
            let pager = server.pager()
            let page = try await pager.page(try V2ListQuery(page: 2, limit: 5))
            #expect(page.jobs.map(\.id.description) == (10...14).reversed().map(FakeV2Server.id))
            #expect(await pager.readings.offset == nil, "nothing cached")
        }
    }

    @Test("totals: the trusted count, else exact from a short page, else a bound promising one more page")
    func totals() throws {
        let q = try V2ListQuery(page: 3, limit: 10)
        #expect(V2Paging.totalCount(query: q, items: 10, count: 500, reading: .matching) == 500)
        #expect(V2Paging.totalCount(query: q, items: 4, count: 4, reading: .pageSize) == 24)
        #expect(V2Paging.totalCount(query: q, items: 10, count: 10, reading: .pageSize) == 31)
        #expect(V2Paging.totalCount(query: q, items: 10, count: 5, reading: nil) == 31, "a count below what was seen")
        #expect(V2Paging.countReading(items: 1, count: 5059, total: 5059) == .matching)
        #expect(V2Paging.countReading(items: 1, count: 1, total: 5059) == .pageSize)
        #expect(V2Paging.countReading(items: 2, count: 2, total: 2) == nil, "the page holds every job")
    }

    @Test("page 2 maps to offset 1 as a page index and to offset limit as a record offset")
    func wireOffsets() throws {
        let q = try V2ListQuery(page: 2, limit: 50)
        #expect(V2Paging.Offset.page.wireOffset(for: q) == 1)
        #expect(V2Paging.Offset.record.wireOffset(for: q) == 50)
    }
}
