import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("GET /v1/{project_id}/training-jobs")
struct ListJobsTests {
    let service = Kit.service()
    var all: [TrainingJob] { service.store.jobs(at: Kit.nowMS) }

    func page(_ query: [(String, String)]) throws -> JobListPage {
        let response = service.handle(Kit.list(query))
        #expect(response.status == 200)
        return try Kit.page(response)
    }

    @Test("defaults: 10 per page, page 1, by name ascending, every job counted")
    func defaults() throws {
        let response = service.handle(Kit.list())
        #expect(response.header("Content-Type") == "application/json;charset=UTF-8")
        let p = try Kit.page(response)
        #expect(p.totalCount == 300)
        #expect(p.jobs == Array(EmulatorService.sorted(all, by: .name, .asc).prefix(10)))
        #expect(p.countLimit == service.store.jobCountLimit)
        #expect(p.quotas == service.store.quotas)
        #expect(Kit.json(response)?["is_success"] as? Bool == true)
    }

    @Test("the body is exactly the documented shape: five keys, eight per job")
    func shape() throws {
        let object = try #require(Kit.json(service.handle(Kit.list())))
        #expect(Set(object.keys) == ["is_success", "quotas", "job_total_count", "job_count_limit", "jobs"])
        let job = try #require((object["jobs"] as? [[String: Any]])?.first)
        #expect(
            Set(job.keys) == [
                "job_id", "job_name", "version_id", "status", "create_time", "duration", "job_desc", "version_count",
            ])
    }

    @Test("per_page at its edges", arguments: [1, 2, 999, 1000])
    func perPage(n: Int) throws {
        let p = try page([("per_page", String(n))])
        #expect(p.jobs.count == min(n, 300))
        #expect(p.totalCount == 300)
    }

    @Test(
        "out-of-range or non-numeric parameters are 400 ModelArts.0104/0101 v1 bodies",
        arguments: [
            ("per_page", "0", "ModelArts.0104"), ("per_page", "1001", "ModelArts.0104"),
            ("per_page", "-1", "ModelArts.0104"),
            ("page", "0", "ModelArts.0104"), ("page", "65536", "ModelArts.0104"), ("per_page", "ten", "ModelArts.0101"),
            ("page", "1.5", "ModelArts.0101"), ("sortBy", "engine_type", "ModelArts.0101"),
            ("order", "up", "ModelArts.0101"),
            ("status", "running", "ModelArts.0101"), ("status", "-3", "ModelArts.0101"),
            ("search_content", String(repeating: "a", count: 65), "ModelArts.0104"),
        ])
    func refused(key: String, value: String, code: String) throws {
        let response = service.handle(Kit.list([(key, value)]))
        #expect(response.status == 400)
        let body = try #require(Kit.json(response))
        #expect(body["is_success"] as? Bool == false)
        #expect(body["error_code"] as? String == code)
        #expect((body["error_msg"] as? String)?.contains(key) == true)
        #expect(body["error_message"] as? String == body["error_msg"] as? String)
    }

    @Test("page 65535 and a search of exactly 64 characters are accepted")
    func upperEdges() throws {
        #expect(try page([("page", "65535")]).jobs.isEmpty)
        #expect(try page([("search_content", String(repeating: "字", count: 64))]).totalCount == 0)
    }

    @Test(
        "sorted by every field in both orders, ties broken by job_id ascending",
        arguments: SortField.allCases, ModelArts.SortOrder.allCases)
    func sorting(field: SortField, order: ModelArts.SortOrder) throws {
        let p = try page([("per_page", "1000"), ("sortBy", field.wireName), ("order", order.rawValue)])
        #expect(p.jobs.count == 300)
        func key(_ j: TrainingJob) -> String {
            switch field {
            case .name: return j.name
            case .description: return j.description
            case .status: return String(j.status.code ?? -1)
            case .duration: return String(j.durationMS)
            case .versions: return String(j.versionCount)
            case .created: return String(j.createTimeMS)
            }
        }
        for (a, b) in zip(p.jobs, p.jobs.dropFirst()) {
            let c = Self.compare(field, a, b)
            #expect(order == .asc ? c <= 0 : c >= 0, "\(key(a)) then \(key(b))")
            if c == 0 { #expect(a.id < b.id, "tie \(key(a)) not by job_id") }
        }
    }

    static func compare(_ field: SortField, _ a: TrainingJob, _ b: TrainingJob) -> Int {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x == y ? 0 : (x < y ? -1 : 1) }
        func bytes(_ x: String, _ y: String) -> Int {
            x.utf8.elementsEqual(y.utf8) ? 0 : (x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1)
        }
        switch field {
        case .name: return bytes(a.name, b.name)
        case .description: return bytes(a.description, b.description)
        case .status: return cmp(a.status.code ?? -1, b.status.code ?? -1)
        case .duration: return cmp(a.durationMS, b.durationMS)
        case .versions: return cmp(a.versionCount, b.versionCount)
        case .created: return cmp(a.createTimeMS, b.createTimeMS)
        }
    }

    @Test("the status sort has ties, and they keep job_id ascending in descending order too")
    func tiesExist() throws {
        let p = try page([("per_page", "1000"), ("sortBy", "status"), ("order", "desc")])
        let completed = p.jobs.filter { $0.status == .code(10) }.map(\.id)
        #expect(completed.count > 10)
        #expect(completed == completed.sorted())
    }

    @Test("sort_by (the token-session spelling) works like sortBy; sortBy wins when both are sent")
    func sortByAlias() throws {
        let camel = try page([("sortBy", "duration"), ("order", "desc")])
        let snake = try page([("sort_by", "duration"), ("order", "desc")])
        #expect(camel == snake)
        #expect(try page([("sortBy", "duration"), ("sort_by", "job_name"), ("order", "desc")]) == camel)
    }

    @Test("consecutive pages tile the whole sorted list without gaps or repeats")
    func paging() throws {
        var seen: [TrainingJob] = []
        for n in 1...31 {
            let p = try page([("per_page", "10"), ("page", String(n)), ("sortBy", "create_time"), ("order", "desc")])
            #expect(p.totalCount == 300)
            #expect(p.jobs.count == (n <= 30 ? 10 : 0))
            seen += p.jobs
        }
        #expect(seen == EmulatorService.sorted(all, by: .created, .desc))
    }

    @Test("a page past the end is empty but keeps the total")
    func pastTheEnd() throws {
        let p = try page([("per_page", "7"), ("page", "43"), ("status", "10")])
        let completed = all.filter { $0.status == .code(10) }.count
        #expect(p.totalCount == completed)
        let last = try page([("per_page", "7"), ("page", String((completed + 6) / 7)), ("status", "10")])
        #expect(last.jobs.count == (completed % 7 == 0 ? 7 : completed % 7))
        #expect(
            try page([("per_page", "7"), ("page", String((completed + 6) / 7 + 1)), ("status", "10")]).jobs.isEmpty)
    }

    @Test("status filters to one code and the total counts only matches", arguments: [0, 8, 10, 22, 37, 500])
    func status(code: Int) throws {
        let p = try page([("status", String(code)), ("per_page", "1000")])
        let expected = all.filter { $0.status == .code(code) }.count
        #expect(p.totalCount == expected)
        #expect(p.jobs.count == expected)
        #expect(p.jobs.allSatisfy { $0.status == .code(code) })
        if code <= 37 { #expect(expected > 0) }
    }

    @Test("search is a case-insensitive substring of the name, CJK included")
    func search() throws {
        for needle in ["RESNET", "resnet", "安全帽", "bert-base-中文", "-V2"] {
            let p = try page([("search_content", needle), ("per_page", "1000")])
            let expected = all.filter { $0.name.lowercased().contains(needle.lowercased()) }
            #expect(p.totalCount == expected.count)
            #expect(p.totalCount > 0, "nothing matches \(needle)")
            #expect(Set(p.jobs.map(\.id)) == Set(expected.map(\.id)))
        }
        #expect(try page([("search_content", "no-such-job-zzz")]).totalCount == 0)
    }

    @Test("search and status combine")
    func searchAndStatus() throws {
        let p = try page([("search_content", "e"), ("status", "8"), ("per_page", "1000")])
        #expect(p.totalCount == all.filter { $0.status == .code(8) && $0.name.lowercased().contains("e") }.count)
    }

    @Test("an encoded query (space, CJK, plus, ampersand) is decoded before matching")
    func encodedSearch() throws {
        let p = try page([("search_content", "a&b=c+d 中")])
        #expect(p.totalCount == 0)
        let q = try page([("search_content", "帽检")])
        #expect(q.totalCount == all.filter { $0.name.contains("帽检") }.count)
    }

    @Test("workspace 0 is the default workspace; any other has no jobs")
    func workspace() throws {
        #expect(try page([("workspace_id", "0")]).totalCount == 300)
        #expect(try page([("workspace_id", "ws-1")]).totalCount == 0)
    }

    @Test("same seed, same bytes; another seed, other bytes")
    func sameBytes() {
        let query = [("per_page", "50"), ("sortBy", "job_desc")]
        let a = Kit.service().handle(Kit.list(query)).body
        let b = Kit.service().handle(Kit.list(query)).body
        let c = Kit.service(seed: 7).handle(Kit.list(query)).body
        #expect(a == b)
        #expect(a != c)
    }

    @Test("a trailing slash on the path is the same resource")
    func trailingSlash() throws {
        let response = service.handle(Kit.signed(path: Kit.listPath + "/"))
        #expect(response.status == 200)
    }
}
