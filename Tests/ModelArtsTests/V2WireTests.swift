import Foundation
import Testing

@testable import ModelArts

@Suite("v2 wire: the search body, paths and what the SDK-made vectors pin")
struct V2WireTests {
    static let project = "0123456789abcdef0123456789abcdef"
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    static func vector(_ name: String) throws -> SigningVector {
        try #require(try SigningVector.load("sdk-vectors.json").first { $0.name == name }, "vector \(name)")
    }

    /// Signs `body` as the HTTP client does for a search, with the vector's date and credentials.
    static func signSearch(_ body: [UInt8], like vector: SigningVector) -> SignedRequest {
        let request = SignableRequest(
            method: "POST", host: vector.host, path: V2Wire.searchPath(projectID: project),
            headers: [
                ("Content-Type", V2Wire.jsonContentType), ("X-Project-Id", project), ("X-Sdk-Date", vector.date),
            ],
            body: body)
        return RequestSigner.sign(request, credentials: vector.credentials, epochSeconds: 0)
    }

    @Test("a filtered search body is exactly the bytes the SDK signer's vector signed, and signs the same")
    func filteredBody() throws {
        let query = try V2ListQuery(
            page: 3, limit: 20, name: #"resnet "x" 训练"#, phases: ["Creating", "Pending"], ids: [Self.job],
            order: .asc)
        let body = V2Wire.searchBody(query, offset: V2Paging.Offset.record.wireOffset(for: query))
        let vector = try Self.vector("v2-search-majobs-filters")
        #expect(String(decoding: body, as: UTF8.self) == vector.body)
        let signed = Self.signSearch(body, like: vector)
        #expect(signed.authorization == vector.authorization)
        #expect(signed.wireURI == "/v2/\(Self.project)/training-job-searches")
    }

    @Test("the probe's unfiltered body is the vector's, also with temporary credentials")
    func probeBody() throws {
        let body = V2Wire.searchBody(try V2ListQuery(limit: 2, order: .asc), offset: 1)
        let vector = try Self.vector("v2-search-majobs-temporary")
        #expect(String(decoding: body, as: UTF8.self) == vector.body)
        #expect(Self.signSearch(body, like: vector).authorization == vector.authorization)
    }

    @Test("the SDK's own search bodies (spaced keys, escaped CJK) sign identically with our signer")
    func sdkBodies() throws {
        for name in ["v2-search-sdk-filters", "v2-search-sdk-cjk-id", "v2-search-sdk-plain"] {
            let vector = try Self.vector(name)
            #expect(vector.body.contains(#""sort_by": "create_time""#))
            #expect(Self.signSearch(Array(vector.body.utf8), like: vector).authorization == vector.authorization)
        }
    }

    @Test("the search always sorts by create_time, sends offset and limit, and leaves out empty filters")
    func plainBody() throws {
        let body = String(decoding: V2Wire.searchBody(try V2ListQuery(), offset: 0), as: UTF8.self)
        #expect(body == #"{"limit":50,"offset":0,"order":"desc","sort_by":"create_time"}"#)
        let one = String(decoding: V2Wire.searchBody(try V2ListQuery(phases: ["Running"]), offset: 2), as: UTF8.self)
        #expect(one.contains(#""filters":[{"key":"phase","operator":"in","value":["Running"]}]"#))
        #expect(one.contains(#""offset":2"#))
    }

    @Test("detail and events paths percent-encode the id and ask for the newest 100 events")
    func paths() throws {
        #expect(V2Wire.jobPath(projectID: "p", id: Self.job) == "/v2/p/training-jobs/\(Self.job)")
        #expect(V2Wire.jobPath(projectID: "p", id: "a/b c") == "/v2/p/training-jobs/a%2Fb%20c")
        #expect(V2Wire.eventsPath(projectID: "p", id: "x") == "/v2/p/training-jobs/x/events")
        let vector = try Self.vector("v2-events")
        #expect(vector.query.map { $0[0] } == V2Wire.eventsQuery.map(\.0))
        #expect(vector.query.map { $0[1] } == V2Wire.eventsQuery.map(\.1))
        #expect(vector.path == V2Wire.eventsPath(projectID: Self.project, id: Self.job))
    }
}
