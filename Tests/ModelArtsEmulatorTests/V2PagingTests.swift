import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 paging semantics, served APIs and the seeded world")
struct V2PagingTests {
    @Test("page semantics: offset is a 0-based page index", arguments: [1, 7, 50])
    func pageIndex(_ limit: Int) throws {
        let service = Kit.v2Service(offset: .page)
        let whole = try Kit.walk(service, limit: 50, offset: .page)
        let second = try Kit.searchPage(service.handle(Kit.search(["offset": 1, "limit": limit])))
        #expect(second.offset == 1)
        #expect(second.items.map(\.metadata.id) == Array(whole[limit..<min(300, 2 * limit)]))
    }

    @Test("record semantics: offset is the index of the first record", arguments: [1, 7, 50])
    func recordOffset(_ limit: Int) throws {
        let service = Kit.v2Service(offset: .record)
        let whole = try Kit.walk(service, limit: 50, offset: .record)
        let page = try Kit.searchPage(service.handle(Kit.search(["offset": 3, "limit": limit])))
        #expect(page.offset == 3)
        #expect(page.items.map(\.metadata.id) == Array(whole[3..<min(300, 3 + limit)]))
    }

    @Test(
        "walking every page returns each job exactly once under both semantics", arguments: V2OffsetSemantics.allCases)
    func walkOnce(_ semantics: V2OffsetSemantics) throws {
        let service = Kit.v2Service(jobs: 137, offset: semantics)
        let ids = try Kit.walk(service, limit: 50, offset: semantics)
        #expect(ids.count == 137)
        #expect(Set(ids) == Set(service.v2Store.ids))
        let filtered = try Kit.walk(
            service, body: ["filters": [Kit.filter("phase", "in", ["Completed"])]], limit: 7, offset: semantics)
        #expect(filtered.count == service.v2Store.records.filter { $0.state == .completed }.count)
        #expect(Set(filtered).count == filtered.count)
    }

    @Test("the contract's probe tells the two semantics apart", arguments: V2OffsetSemantics.allCases)
    func probe(_ semantics: V2OffsetSemantics) throws {
        let service = Kit.v2Service(offset: semantics)
        let a = try Kit.searchPage(service.handle(Kit.search(["offset": 0, "limit": 2]))).items.map(\.metadata.id)
        let b = try Kit.searchPage(service.handle(Kit.search(["offset": 1, "limit": 2]))).items.map(\.metadata.id)
        let detected: V2OffsetSemantics = b[0] == a[1] ? .record : .page
        #expect(detected == semantics)
        #expect(!a.contains(b[0]) || semantics == .record)
    }

    @Test("an offset past the end is an empty page with the right count, even a huge one")
    func pastTheEnd() throws {
        for semantics in V2OffsetSemantics.allCases {
            let service = Kit.v2Service(offset: semantics)
            for offset in [300, 1 << 40, Int.max] {
                let page = try Kit.searchPage(service.handle(Kit.search(["offset": offset, "limit": 50])))
                #expect(page.items.isEmpty)
                #expect(page.count == 300)
            }
        }
    }

    @Test("a v2-only emulator answers v1 routes with 404 APIGW.0101 and a request id, and serves v2")
    func v2Only() throws {
        let service = Kit.v2Service(apis: [.v2])
        let v1 = service.handle(Kit.list())
        #expect(v1.status == 404)
        let body = try #require(Kit.json(v1))
        #expect(body["error_code"] as? String == "APIGW.0101")
        #expect(body["error_msg"] as? String == "The API does not exist or has not been published in the environment")
        #expect((body["request_id"] as? String)?.count == 32)
        #expect(v1.header("X-Request-Id") == body["request_id"] as? String)
        #expect(service.handle(Kit.search([:])).status == 200)
    }

    @Test("a v1-only emulator answers every v2 route with 404 APIGW.0101, before authentication")
    func v1Only() throws {
        let service = Kit.v2Service(apis: [.v1])
        #expect(service.v2Store.count == 0)
        let id = Kit.v2Service().v2Store.ids[0]
        let requests = [
            Kit.search([:]), Kit.signed(path: Kit.jobPath(id)), Kit.signed(path: Kit.jobPath(id) + "/events"),
            EmulatorRequest(method: "POST", path: Kit.searchPath),
        ]
        for request in requests {
            let response = service.handle(request)
            #expect(response.status == 404)
            #expect(Kit.error(response)?.code == "APIGW.0101")
        }
        #expect(service.handle(Kit.list()).status == 200)
    }

    @Test("the same seed gives the same v2 bytes; another seed other jobs")
    func determinism() {
        let one = Kit.v2Service(seed: 7), two = Kit.v2Service(seed: 7), other = Kit.v2Service(seed: 8)
        let search = Kit.search(["limit": 50, "order": "asc"])
        #expect(one.handle(search).body == two.handle(search).body)
        let id = one.v2Store.ids[123]
        for path in [Kit.jobPath(id), Kit.jobPath(id) + "/events"] {
            #expect(one.handle(Kit.signed(path: path)).body == two.handle(Kit.signed(path: path)).body)
        }
        #expect(one.handle(search).body != other.handle(search).body)
        #expect(Set(one.v2Store.ids).isDisjoint(with: other.v2Store.ids))
    }

    @Test("serving v2 changes no byte of v1")
    func v1Unchanged() {
        let both = Kit.v2Service(apis: [.v1, .v2]), v1 = Kit.v2Service(apis: [.v1])
        for query in [[("per_page", "50")], [("search_content", "bert"), ("sortBy", "create_time")]] {
            #expect(both.handle(Kit.list(query)).body == v1.handle(Kit.list(query)).body)
        }
    }

    @Test("the v2 world has as many jobs as the v1 one, every phase and secondary phase, and unique UUIDs")
    func world() throws {
        let service = Kit.v2Service(jobs: 300)
        let store = service.v2Store
        #expect(store.count == service.store.jobs.count)
        #expect(Set(store.records.map(\.state)) == Set(V2JobState.allCases))
        #expect(Set(store.ids).count == store.count)
        let uuid = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        #expect(store.ids.allSatisfy { $0.wholeMatch(of: uuid) != nil })
        let configured = EmulatorService(
            configuration: {
                var c = EmulatorConfiguration(jobCount: 20)
                c.v2JobCount = 1000
                return c
            }(), now: { Kit.nowMS })
        #expect(configured.v2Store.count == 1000)
    }
}
