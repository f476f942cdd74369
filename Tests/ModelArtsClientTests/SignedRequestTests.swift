import ModelArts
import Testing

@testable import ModelArtsClient

@Suite("what the client puts on the wire")
struct SignedRequestTests {
    static let fixedNow: Double = 1_700_000_000

    func client(_ credentials: SigningCredentials) throws -> ModelArtsHTTPClient {
        let config = try ClientConfiguration(
            endpoint: "http://127.0.0.1:8080", projectID: "proj", authentication: .akSk(credentials))
        return ModelArtsHTTPClient(configuration: config, now: { Self.fixedNow })
    }

    @Test("AK/SK: canonical query on the wire, X-Project-Id and Content-Type signed, date from the clock")
    func signed() async throws {
        let credentials = SigningCredentials(accessKey: "AK0000000001", secretKey: "SK-secret-0001")
        let query = try JobListQuery(perPage: 5, sortBy: .created, order: .desc, searchContent: "a b*训")
        let request = try await client(credentials).authorized(
            method: "GET", path: "/v1/proj/training-jobs", query: query.parameters)
        let wireQuery = "order=desc&page=1&per_page=5&search_content=a%20b%2A%E8%AE%AD&sortBy=create_time"
        #expect(request.wireURI == "/v1/proj/training-jobs?" + wireQuery)
        let headers = Dictionary(request.headers.map { ($0.0.lowercased(), $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(headers["host"] == "127.0.0.1:8080")
        #expect(headers["x-sdk-date"] == "20231114T221320Z")
        #expect(headers["x-project-id"] == "proj")
        #expect(headers["content-type"] == "application/json")
        #expect(headers["user-agent"]?.hasPrefix("majobs/") == true)
        let authorization = try #require(headers["authorization"])
        #expect(authorization.contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date,"))
        // The server's view: rebuild from what is sent and verify.
        let received = SignableRequest(
            method: "GET", host: "127.0.0.1:8080", path: "/v1/proj/training-jobs",
            query: PercentEncoding.parseQuery(request.wireURI.split(separator: "?")[1]), headers: request.headers)
        let verifier = SignatureVerifier { $0 == "AK0000000001" ? "SK-secret-0001" : nil }
        #expect(throws: Never.self) { try verifier.verify(received, nowEpochSeconds: Int64(Self.fixedNow) + 60) }
    }

    @Test("temporary credentials send and sign X-Security-Token")
    func temporary() async throws {
        let credentials = SigningCredentials(accessKey: "AK0000000001", secretKey: "SK", securityToken: "STS-TOKEN")
        let request = try await client(credentials).authorized(method: "GET", path: "/v1/proj/training-jobs", query: [])
        #expect(request.wireURI == "/v1/proj/training-jobs")
        #expect(request.headers.contains(where: { $0.0 == "X-Security-Token" && $0.1 == "STS-TOKEN" }))
        let authorization = try #require(request.headers.first(where: { $0.0 == "Authorization" })?.1)
        #expect(authorization.contains("x-security-token"))
        #expect(request.token == nil)
    }
}
