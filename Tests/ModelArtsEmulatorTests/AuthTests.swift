import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("Authentication: AK/SK signatures and IAM tokens")
struct AuthTests {
    @Test("a request signed with the identity's AK/SK is accepted")
    func signedAccepted() {
        #expect(Kit.service().handle(Kit.list([("per_page", "5"), ("search_content", "中 文+&=*~/")])).status == 200)
    }

    @Test("signatures hold for CJK, reserved characters, repeated and upper-case keys")
    func signatureEdges() {
        let service = Kit.service()
        let query = [("search_content", "安全帽 a+b&c=d*e~f/g"), ("Per_Page", "x"), ("page", "1"), ("page", "2")]
        let response = service.handle(Kit.list(query))
        #expect(response.status == 200)
    }

    @Test("a wrong secret key, a tampered query or path, a wrong host are 401 APIGW.0301")
    func rejected() throws {
        let service = Kit.service()
        let wrongSK = SigningCredentials(accessKey: Kit.identity.accessKey, secretKey: "not-the-secret")
        var tamperedQuery = Kit.list([("per_page", "5")])
        tamperedQuery.rawQuery = "per_page=6"
        var tamperedHost = Kit.list()
        tamperedHost.headers = tamperedHost.headers.map { $0.0 == "Host" ? ("Host", "127.0.0.1:9999") : $0 }
        let unknownAK = SigningCredentials(accessKey: "SOMEONEELSE000000000", secretKey: Kit.identity.secretKey)
        var missingSignedHeader = Kit.list()
        missingSignedHeader.headers.removeAll { $0.0 == "X-Project-Id" }
        var garbled = Kit.list()
        garbled.headers = garbled.headers.map {
            $0.0 == "Authorization" ? ("Authorization", "SDK-HMAC-SHA256 nonsense") : $0
        }
        let requests = [
            Kit.signed(credentials: wrongSK), tamperedQuery, tamperedHost, Kit.signed(credentials: unknownAK),
            missingSignedHeader, garbled,
        ]
        for request in requests {
            let r = service.handle(request)
            #expect(r.status == 401)
            let body = try #require(Kit.error(r))
            #expect(body.code == "APIGW.0301")
            #expect(body.message == "Incorrect IAM authentication information: verify aksk signature fail")
            #expect(body.requestID?.isEmpty == false)
            #expect(!r.bodyText.contains(Kit.identity.secretKey))
        }
    }

    @Test(
        "X-Sdk-Date may be up to 15 minutes off; beyond that the signature has expired",
        arguments: [(-899, 200), (899, 200), (-901, 401), (901, 401), (-86_400, 401)])
    func dateWindow(offsetSeconds: Int64, status: Int) throws {
        let r = Kit.service().handle(Kit.signed(atMS: Kit.nowMS + offsetSeconds * 1000))
        #expect(r.status == status)
        if status == 401 {
            #expect(Kit.error(r)?.code == "APIGW.0301")
            #expect(Kit.error(r)?.message?.contains("signature expired") == true)
        }
    }

    @Test("no credentials at all is 401 ModelArts.0205")
    func noCredentials() {
        let r = Kit.service().handle(Kit.wire("GET", Kit.listPath))
        #expect(r.status == 401)
        #expect(Kit.error(r)?.code == "ModelArts.0205")
    }

    @Test("a project id in the path that is not the identity's is 403 ModelArts.0210")
    func wrongProject() {
        let other = "/v1/00000000000000000000000000000000/training-jobs"
        let r = Kit.service().handle(Kit.signed(path: other))
        #expect(r.status == 403)
        #expect(Kit.error(r)?.code == "ModelArts.0210")
        let header = Kit.service().handle(Kit.signed(extraHeaders: [("X-Project-Id", "someone-else")]))
        #expect(header.status == 403)
    }

    func issueToken(_ service: EmulatorService, project: String? = Kit.project) throws -> (String, [String: Any]) {
        let r = service.handle(Kit.tokenRequest(body: Kit.tokenBody(project: project)))
        #expect(r.status == 201)
        let token = try #require(r.header("X-Subject-Token"))
        return (token, try #require(Kit.json(r)))
    }

    func tokenList(_ token: String, path: String = Kit.listPath) -> EmulatorRequest {
        Kit.wire("GET", path + "?per_page=3", headers: [("Host", "127.0.0.1"), ("X-Auth-Token", token)])
    }

    @Test("the documented password body gets 201, X-Subject-Token and expires_at 24 hours on")
    func tokenIssued() throws {
        let (token, body) = try issueToken(Kit.service())
        #expect(token.count > 40)
        let expires = try #require((body["token"] as? [String: Any])?["expires_at"] as? String)
        #expect(expires == "2024-06-02T12:00:00.000000Z")
        #expect(!String(describing: body).contains(Kit.identity.password))
    }

    @Test("a valid token lists jobs, with sort_by as token sessions spell it")
    func tokenAccepted() throws {
        let service = Kit.service()
        let (token, _) = try issueToken(service)
        let r = service.handle(
            Kit.wire(
                "GET", Kit.listPath + "?sort_by=duration&order=desc&per_page=3",
                headers: [("X-Auth-Token", token)]))
        #expect(r.status == 200)
        let query = [("sortBy", "duration"), ("order", "desc"), ("per_page", "3")]
        let signed = try Kit.page(service.handle(Kit.list(query)))
        #expect(try Kit.page(r) == signed)
    }

    @Test("an expired token is 401 ModelArts.0202; an unknown one 401 ModelArts.0201")
    func tokenExpiry() throws {
        let clock = ManualClock()
        let service = Kit.service(tokenLifetimeSeconds: 60, clock: clock)
        let (token, _) = try issueToken(service)
        clock.advance(seconds: 59)
        #expect(service.handle(tokenList(token)).status == 200)
        clock.advance(seconds: 1)
        let expired = service.handle(tokenList(token))
        #expect(expired.status == 401)
        #expect(Kit.error(expired)?.code == "ModelArts.0202")
        let unknown = service.handle(tokenList("MIIEmulatorToken-forged"))
        #expect(unknown.status == 401)
        #expect(Kit.error(unknown)?.code == "ModelArts.0201")
    }

    @Test("wrong user, password or domain is 401; a body that is not the documented one is 400")
    func tokenRefused() throws {
        let service = Kit.service()
        for body in [Kit.tokenBody(user: "eve"), Kit.tokenBody(password: "guess"), Kit.tokenBody(domain: "other")] {
            let r = service.handle(Kit.tokenRequest(body: body))
            #expect(r.status == 401)
            #expect(r.header("X-Subject-Token") == nil)
            #expect(!r.bodyText.contains("guess"))
        }
        #expect(service.handle(Kit.tokenRequest(body: Array("{}".utf8))).status == 400)
        #expect(service.handle(Kit.tokenRequest(body: Array("not json".utf8))).status == 400)
        #expect(service.handle(Kit.tokenRequest(body: Kit.tokenBody(project: "nope"))).status == 404)
    }

    @Test("a token scoped to the project works for that project's path only")
    func tokenScope() throws {
        let service = Kit.service()
        let (token, _) = try issueToken(service)
        let other = service.handle(tokenList(token, path: "/v1/ffffffffffffffffffffffffffffffff/training-jobs"))
        #expect(other.status == 403)
        #expect(Kit.error(other)?.code == "ModelArts.0210")
    }
}
