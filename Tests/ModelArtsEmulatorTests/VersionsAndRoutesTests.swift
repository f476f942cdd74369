import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("Versions list and unknown routes")
struct VersionsAndRoutesTests {
    let service = Kit.service()

    func versionsPath(_ id: String) -> String { "\(Kit.listPath)/\(id)/versions" }

    var manyVersions: TrainingJob {
        get throws { try #require(service.store.jobs.first { $0.versionCount >= 5 }) }
    }

    @Test("page 0 (the default) returns every version, newest first, with the job's fields")
    func all() throws {
        let job = try manyVersions
        let response = service.handle(Kit.signed(path: versionsPath(job.id.description)))
        #expect(response.status == 200)
        let list = try WireCoding.decode(JobVersionList.self, from: Data(response.body))
        #expect(list.jobID == job.id)
        #expect(list.jobName == job.name)
        #expect(list.versionCount == job.versionCount)
        #expect(list.versions.count == Int(job.versionCount))
        #expect(list.versions.first?.versionID == job.versionID)
        let object = try #require(Kit.json(response))
        #expect(object["is_success"] as? Bool == true)
        let first = try #require((object["versions"] as? [[String: Any]])?.first)
        for key in [
            "version_id", "version_name", "engine_name", "engine_version", "cpu", "gpu", "parameter",
            "data_url", "train_url", "log_url", "create_time", "duration", "status",
        ] {
            #expect(first[key] != nil, "missing \(key)")
        }
    }

    @Test("per_page and page slice the versions; past the end is empty")
    func paging() throws {
        let job = try manyVersions
        func versions(_ q: [(String, String)]) throws -> [JobVersion] {
            let r = service.handle(Kit.signed(path: versionsPath(job.id.description), query: q))
            return try WireCoding.decode(JobVersionList.self, from: Data(r.body)).versions
        }
        let everything = try versions([])
        #expect(try versions([("per_page", "2"), ("page", "1")]) == Array(everything[0..<2]))
        #expect(try versions([("per_page", "2"), ("page", "2")]) == Array(everything[2..<4]))
        #expect(try versions([("per_page", "2"), ("page", "99")]).isEmpty)
        #expect(try versions([("page", "0"), ("per_page", "1")]) == everything)
    }

    @Test("bad paging is 400 ModelArts.0104/0101", arguments: [("per_page", "0"), ("page", "-1"), ("page", "x")])
    func badPaging(key: String, value: String) throws {
        let job = try manyVersions
        let r = service.handle(Kit.signed(path: versionsPath(job.id.description), query: [(key, value)]))
        #expect(r.status == 400)
        #expect(["ModelArts.0104", "ModelArts.0101"].contains(Kit.error(r)?.code ?? ""))
    }

    @Test("an unknown or non-numeric job is 400 ModelArts.2775", arguments: ["1", "99999999999", "abc"])
    func unknownJob(id: String) throws {
        let r = service.handle(Kit.signed(path: versionsPath(id)))
        #expect(r.status == 400)
        let body = try #require(Kit.error(r))
        #expect(body.code == "ModelArts.2775")
        #expect(body.isSuccess == false)
    }

    @Test(
        "unknown paths and methods are 404 APIGW.0101, before any authentication",
        arguments: [
            ("GET", "/v2/x/training-jobs"), ("GET", "/"), ("DELETE", Kit.listPath), ("POST", Kit.listPath),
            ("GET", "/v3/auth/tokens"), ("GET", "\(Kit.listPath)/1/versions/2"),
        ])
    func unknownRoute(method: String, path: String) throws {
        let r = service.handle(EmulatorRequest(method: method, path: path))
        #expect(r.status == 404)
        let body = try #require(Kit.error(r))
        #expect(body.code == "APIGW.0101")
        #expect(body.requestID?.count == 32)
        #expect(r.header("X-Request-Id") == body.requestID)
    }
}
