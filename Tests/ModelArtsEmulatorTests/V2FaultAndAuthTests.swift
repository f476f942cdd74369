import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("v2 authentication, faults and the access log")
struct V2FaultAndAuthTests {
    func tempPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("majobs-v2-access-\(UUID().uuidString).log").path
    }

    @Test("a signed JSON body is accepted; a wrong key, or a body changed after signing, is 401 APIGW.0301")
    func signatures() throws {
        let service = Kit.v2Service()
        #expect(service.handle(Kit.search(["limit": 3])).status == 200)
        let wrong = SigningCredentials(accessKey: Kit.identity.accessKey, secretKey: "wrong-secret")
        let refused = service.handle(Kit.search(["limit": 3], credentials: wrong))
        #expect(refused.status == 401)
        #expect(Kit.error(refused)?.code == "APIGW.0301")
        var tampered = Kit.search(["limit": 3])
        tampered.body = Array(#"{"limit":4}"#.utf8)
        #expect(service.handle(tampered).status == 401)
    }

    @Test("ModelArts' own auth refusals on v2 routes have the v2 shape, without is_success")
    func unsignedV2() throws {
        let service = Kit.v2Service()
        let response = service.handle(EmulatorRequest(method: "POST", path: Kit.searchPath, body: Array("{}".utf8)))
        #expect(response.status == 401)
        let body = try Kit.v2Error(response)
        #expect(body.errorCode == "ModelArts.0205")
        #expect(body.isSuccess == nil)
        let otherProject = Kit.signedBody(path: "/v2/0000/training-job-searches", body: Array("{}".utf8))
        #expect(try Kit.v2Error(service.handle(otherProject)).errorCode == "ModelArts.0210")
    }

    @Test("wrong methods on v2 paths are 404 APIGW.0101, as unknown routes")
    func wrongMethod() {
        let service = Kit.v2Service()
        let id = service.v2Store.ids[0]
        for request in [
            Kit.signed(path: Kit.searchPath), Kit.signedBody(path: Kit.jobPath(id), body: []),
            Kit.signed(path: Kit.jobPath(id) + "/logs"),
        ] {
            let response = service.handle(request)
            #expect(response.status == 404)
            #expect(Kit.error(response)?.code == "APIGW.0101")
        }
    }

    @Test(
        "injected errors on v2 routes carry v2 bodies for ModelArts and APIG bodies for the gateway",
        arguments: [
            (400, "ModelArts.2788"), (403, "ModelArts.2785"), (500, "ModelArts.0010"), (401, "APIGW.0301"),
            (404, "APIGW.0101"), (502, "APIGW.0202"), (429, "APIGW.0308"),
        ])
    func injectedErrors(_ status: Int, _ code: String) throws {
        let service = Kit.v2Service(faults: FaultPlan(errorRates: [status: 1]))
        let response = service.handle(Kit.search([:]))
        #expect(response.status == status)
        let body = try Kit.v2Error(response)
        #expect(body.errorCode == code)
        #expect(body.isSuccess == nil)
        #expect(response.header("X-Request-Id") != nil)
    }

    @Test("latency and hangs apply to v2 requests")
    func latencyAndHang() {
        let slow = Kit.v2Service(faults: FaultPlan(latencyMS: 300))
        #expect(slow.handle(Kit.search([:])).delayMS == 300)
        let hung = Kit.v2Service(faults: FaultPlan(hang: true))
        #expect(hung.handle(Kit.search([:])).hang)
        #expect(hung.handle(Kit.signed(path: Kit.jobPath(hung.v2Store.ids[0]))).hang)
    }

    @Test("wrong types on v2 bodies are well-formed JSON a strict decoder refuses")
    func wrongTypes() throws {
        let service = Kit.v2Service(faults: FaultPlan(wrongTypesProbability: 1))
        let id = service.v2Store.ids[0]
        for request in [
            Kit.search([:]), Kit.search([:]), Kit.signed(path: Kit.jobPath(id)), Kit.signed(path: Kit.jobPath(id)),
            Kit.signed(path: Kit.jobPath(id) + "/events"), Kit.signed(path: Kit.jobPath(id) + "/events"),
        ] {
            let response = service.handle(request)
            #expect(response.status == 200)
            #expect(Kit.json(response) != nil)
            #expect(throws: DecodingError.self) {
                if request.method == "POST" {
                    _ = try Kit.searchPage(response)
                } else if request.path.hasSuffix("/events") {
                    _ = try Kit.events(response)
                } else {
                    _ = try Kit.job(response)
                }
            }
        }
    }

    @Test("malformed, truncated and 200-with-error-body faults spoil v2 answers too")
    func spoiled() throws {
        let malformed = Kit.v2Service(faults: FaultPlan(malformedProbability: 1)).handle(Kit.search([:]))
        #expect(malformed.status == 200 && Kit.json(malformed) == nil)
        let truncated = Kit.v2Service(faults: FaultPlan(truncatedProbability: 1)).handle(Kit.search([:]))
        #expect(truncated.status == 200 && Kit.json(truncated) == nil)
        let failure = Kit.v2Service(faults: FaultPlan(isSuccessFalseProbability: 1)).handle(Kit.search([:]))
        #expect(failure.status == 200)
        #expect(try Kit.v2Error(failure).isSuccess == nil)
    }

    @Test("the access log shows the v2 route, method, status and whether the signature was accepted")
    func accessLog() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let service = Kit.v2Service(accessLogPath: path)
        let id = service.v2Store.ids[0]
        _ = service.handle(Kit.search(["limit": 2]))
        let wrong = SigningCredentials(accessKey: Kit.identity.accessKey, secretKey: "wrong-secret")
        _ = service.handle(Kit.search([:], credentials: wrong))
        _ = service.handle(Kit.signed(path: Kit.jobPath(id) + "/events", query: [("limit", "5")]))
        _ = service.handle(Kit.signed(path: Kit.jobPath("missing")))
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(lines.count == 4)
        #expect(lines.map { $0["method"] as? String } == ["POST", "POST", "GET", "GET"])
        #expect(
            lines.map { $0["path"] as? String } == [
                Kit.searchPath, Kit.searchPath, Kit.jobPath(id) + "/events", Kit.jobPath("missing"),
            ])
        #expect(lines.map { $0["status"] as? Int } == [200, 401, 200, 400])
        #expect(lines.map { $0["signature"] as? String } == ["accepted", "refused", "accepted", "accepted"])
        #expect(lines[2]["query"] as? String == "limit=5")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains(Kit.identity.secretKey) && !text.contains("wrong-secret"))
    }
}
