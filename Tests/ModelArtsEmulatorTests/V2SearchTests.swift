import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 training-job search")
struct V2SearchTests {
    let service = Kit.v2Service()

    /// The store's jobs newest first, computed from the records rather than through the search.
    var newestFirst: [V2JobStore.Record] {
        service.v2Store.records.sorted {
            $0.createMS != $1.createMS ? $0.createMS > $1.createMS : $0.id > $1.id
        }
    }

    @Test("an empty body gets the first 10 jobs newest first, with every echo and count == total")
    func defaults() throws {
        let response = service.handle(Kit.search([:]))
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json;charset=UTF-8")
        let page = try Kit.searchPage(response)
        #expect(page.total == 300)
        #expect(page.count == 300)
        #expect(page.limit == V2SearchQuery.defaultLimit)
        #expect(page.offset == 0)
        #expect(page.sortBy == "create_time")
        #expect(page.order == "desc")
        #expect(page.groupBy == "")
        #expect(page.workspaceId == "0")
        #expect(page.aiProject == "default-ai-project")
        #expect(page.items.map(\.metadata.id) == newestFirst.prefix(10).map(\.id))
    }

    @Test("asc is the exact reverse of desc over the whole store, walked page by page")
    func ascendingReversesDescending() throws {
        let desc = try Kit.walk(service, body: ["order": "desc"], limit: 50, offset: .page)
        let asc = try Kit.walk(service, body: ["order": "asc"], limit: 50, offset: .page)
        #expect(desc.count == 300)
        #expect(Set(desc).count == 300)
        #expect(asc == Array(desc.reversed()))
    }

    @Test("name like is a case-insensitive substring, and count is the number of matching jobs")
    func nameLike() throws {
        for needle in ["RESNET", "安全帽", "job-", "nothing-matches-this"] {
            let expected = newestFirst.filter { $0.name.lowercased().contains(needle.lowercased()) }
            let page = try Kit.searchPage(
                service.handle(Kit.search(["limit": 50, "filters": [Kit.filter("name", "like", [needle])]])))
            #expect(page.count == expected.count, "\(needle)")
            #expect(page.total == 300)
            #expect(page.items.map(\.metadata.id) == expected.prefix(50).map(\.id), "\(needle)")
        }
    }

    @Test("phase in takes several phases and selects exactly the jobs in them")
    func phaseIn() throws {
        let phases = ["Failed", "Abnormal", "Pending"]
        let expected = newestFirst.filter { phases.contains($0.state.phase) }
        #expect(expected.count > 0)
        let all = try Kit.walk(
            service, body: ["filters": [Kit.filter("phase", "in", phases)]], limit: 20, offset: .page)
        #expect(all == expected.map(\.id))
        let page = try Kit.searchPage(
            service.handle(Kit.search(["limit": 5, "filters": [Kit.filter("phase", "in", phases)]])))
        #expect(page.count == expected.count)
        #expect(page.items.allSatisfy { phases.contains($0.status.phase) })
    }

    @Test("a phase that is not documented matches nothing")
    func unknownPhase() throws {
        let page = try Kit.searchPage(
            service.handle(Kit.search(["filters": [Kit.filter("phase", "in", ["Stopped"])]])))
        #expect(page.count == 0)
        #expect(page.items.isEmpty)
    }

    @Test("id in returns exactly those jobs in list order; unknown ids are ignored")
    func idIn() throws {
        let picked = [newestFirst[7].id, newestFirst[2].id, newestFirst[150].id]
        let page = try Kit.searchPage(
            service.handle(Kit.search(["filters": [Kit.filter("id", "in", picked + ["not-a-job"])]])))
        #expect(page.count == 3)
        #expect(page.items.map(\.metadata.id) == [newestFirst[2].id, newestFirst[7].id, newestFirst[150].id])
    }

    @Test("filters are and-ed")
    func combined() throws {
        let expected = newestFirst.filter { $0.state.phase == "Completed" && $0.name.lowercased().contains("bert") }
        let body: [String: Any] = [
            "limit": 50,
            "filters": [Kit.filter("phase", "in", ["Completed"]), Kit.filter("name", "like", ["bert"])],
        ]
        let page = try Kit.searchPage(service.handle(Kit.search(body)))
        #expect(page.count == expected.count)
        #expect(page.items.map(\.metadata.id) == expected.prefix(50).map(\.id))
    }

    @Test("blank filter values do not filter, as the documented example sends them")
    func blankValues() throws {
        let body: [String: Any] = ["filters": [Kit.filter("phase", "in", [""]), Kit.filter("name", "like", [""])]]
        let page = try Kit.searchPage(service.handle(Kit.search(body)))
        #expect(page.count == 300)
    }

    @Test("limit 1 and 50 are served; 0, 51 and -1 are 400 ModelArts.2816")
    func limitRange() throws {
        for limit in [1, 50] {
            let page = try Kit.searchPage(service.handle(Kit.search(["limit": limit])))
            #expect(page.items.count == limit)
            #expect(page.limit == limit)
        }
        for limit in [0, 51, -1] {
            let response = service.handle(Kit.search(["limit": limit]))
            #expect(response.status == 400)
            #expect(try Kit.v2Error(response).errorCode == "ModelArts.2816", "limit \(limit)")
        }
    }

    @Test(
        "sort_by other than create_time is 400 ModelArts.2790",
        arguments: ["name", "duration", "status", "", "CREATE_TIME"])
    func sortBy(_ key: String) throws {
        let response = service.handle(Kit.search(["sort_by": key]))
        #expect(response.status == 400)
        #expect(try Kit.v2Error(response).errorCode == "ModelArts.2790")
        #expect(try Kit.searchPage(service.handle(Kit.search(["sort_by": "create_time"]))).count == 300)
    }

    @Test(
        "filter keys other than name, phase and id are 400 ModelArts.2807",
        arguments: ["create_time", "algorithm_name", "kind", "user_id", "status", ""])
    func unsupportedKey(_ key: String) throws {
        let response = service.handle(Kit.search(["filters": [Kit.filter(key, "in", ["x"])]]))
        #expect(response.status == 400)
        #expect(try Kit.v2Error(response).errorCode == "ModelArts.2807")
    }

    @Test(
        "an operator the key does not take is 400 ModelArts.2808",
        arguments: [("name", "in"), ("name", "eq"), ("phase", "like"), ("phase", "between"), ("id", "not")])
    func unsupportedOperator(_ key: String, _ op: String) throws {
        let response = service.handle(Kit.search(["filters": [Kit.filter(key, op, ["Running"])]]))
        #expect(response.status == 400)
        #expect(try Kit.v2Error(response).errorCode == "ModelArts.2808")
    }

    @Test("name like with two values is 400 ModelArts.2809")
    func twoNames() throws {
        let response = service.handle(Kit.search(["filters": [Kit.filter("name", "like", ["a", "b"])]]))
        #expect(response.status == 400)
        #expect(try Kit.v2Error(response).errorCode == "ModelArts.2809")
    }

    @Test(
        "a body that is not the documented JSON is 400 ModelArts.2787",
        arguments: [
            "{", "[]", "\"x\"", #"{"limit":"10"}"#, #"{"filters":[{"key":"name"}]}"#,
            #"{"filters":[{"key":"name","operator":"like","value":[3]}]}"#, #"{"filters":{}}"#,
        ])
    func malformed(_ text: String) throws {
        let response = service.handle(Kit.signedBody(body: Array(text.utf8)))
        #expect(response.status == 400)
        #expect(try Kit.v2Error(response).errorCode == "ModelArts.2787")
    }

    @Test("order other than asc and desc, and a negative offset, are 400 ModelArts.2788")
    func badOrderAndOffset() throws {
        for body: [String: Any] in [["order": "up"], ["offset": -1]] {
            let response = service.handle(Kit.search(body))
            #expect(response.status == 400)
            #expect(try Kit.v2Error(response).errorCode == "ModelArts.2788")
        }
    }

    @Test("a workspace other than the default has no jobs")
    func otherWorkspace() throws {
        let page = try Kit.searchPage(service.handle(Kit.search(["workspace_id": "abc"])))
        #expect(page.count == 0)
        #expect(page.workspaceId == "abc")
        #expect(page.total == 300)
    }
}
