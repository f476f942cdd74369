import Testing
@testable import ModelArts

/// The v2 (and v1 action) vectors of the v2 contract (`modelarts-v2-api.md` §11), made by the official SDK's
/// signer: a POST whose JSON body is hashed into the signature, a DELETE and a GET with a content type but no
/// body, and a v1 POST with neither.
@Suite("Signing: v2 and action vectors from the official SDK")
struct SigningV2VectorTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var path: String
        var contentType: String?
        var body: String
        var canonicalSHA256: String
        var signature: String
        var testDescription: String { name }
    }

    static let credentials = SigningCredentials(
        accessKey: "AKTESTEXAMPLE0000001", secretKey: "SKtestExampleSecret0000000000000000000001")
    static let project = "0123456789abcdef0123456789abcdef"
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"
    static let host = "modelarts.cn-north-4.myhuaweicloud.com"

    static let vectors: [Vector] = [
        Vector(
            name: "V5 terminate", method: "POST", path: "/v2/\(project)/training-jobs/\(job)/actions",
            contentType: "application/json;charset=utf-8", body: #"{"action_type":"terminate"}"#,
            canonicalSHA256: "16ae4eb8a0a6f4f2694bee1d039d31584b10284931536db03331d2e91ba42a94",
            signature: "ec90275dcbdfd1d0807b1291bc41331e4ad6deb84f1e9ca0e6c64dcff342445e"),
        Vector(
            name: "V6 delete", method: "DELETE", path: "/v2/\(project)/training-jobs/\(job)",
            contentType: "application/json", body: "",
            canonicalSHA256: "ffe853ca05fe88369cfde116aab07b8555ceaa7796f9d590a8209e0fc95b7e1c",
            signature: "e2dffa8419c886dd83a920621ee18133dd4080c2f20c7e255c9514aceb961d4b"),
        Vector(
            name: "V7 log preview", method: "GET",
            path: "/v2/\(project)/training-jobs/\(job)/tasks/worker-0/logs/preview",
            contentType: "application/json", body: "",
            canonicalSHA256: "c35b36a4c05da2aa498d39e6ada39016bb9e74754f6cae225dad25d29b3eb0dc",
            signature: "2b235b06f763447200c848a1022b178a2dba830ead645af396f1340b64cc4ffb"),
        Vector(
            name: "V8 v1 stop", method: "POST", path: "/v1/\(project)/training-jobs/10/versions/10/stop",
            contentType: nil, body: "",
            canonicalSHA256: "62292d9fb3be116d2c19ac95c6df3807fcb2125045043baea8d7184f006bd2c2",
            signature: "742cff85c0df353fc832e53c128c7197567d867e7134df54814d8cf9f54af73d"),
    ]

    static func sign(_ v: Vector) -> SignedRequest {
        var headers = [("X-Project-Id", project), ("X-Sdk-Date", "20240101T000000Z")]
        if let contentType = v.contentType { headers.insert(("Content-Type", contentType), at: 0) }
        let request = SignableRequest(
            method: v.method, host: host, path: v.path, headers: headers, body: Array(v.body.utf8))
        return RequestSigner.sign(request, credentials: credentials, epochSeconds: 0)
    }

    @Test("each vector's canonical request hashes and signs as the SDK's did", arguments: vectors)
    func vector(_ v: Vector) {
        let signed = Self.sign(v)
        #expect(RequestSigner.actualBodyHash(Array(signed.canonicalRequest.utf8)) == v.canonicalSHA256)
        let names = v.contentType == nil ? "host;x-project-id;x-sdk-date" : "content-type;host;x-project-id;x-sdk-date"
        #expect(
            signed.authorization
                == "SDK-HMAC-SHA256 Access=\(Self.credentials.accessKey), SignedHeaders=\(names), Signature=\(v.signature)"
        )
    }

    @Test("the terminate body's exact bytes are hashed into the canonical request")
    func terminateCanonicalRequest() throws {
        let v5 = try #require(Self.vectors.first)
        let expected = [
            "POST", "/v2/\(Self.project)/training-jobs/\(Self.job)/actions/", "",
            "content-type:application/json;charset=utf-8", "host:\(Self.host)", "x-project-id:\(Self.project)",
            "x-sdk-date:20240101T000000Z", "", "content-type;host;x-project-id;x-sdk-date",
            "31265ee8259ed442e53e3aefe54cb7f1ea5d31a88a2849b1a81c11bcebd7fd62",
        ].joined(separator: "\n")
        #expect(Self.sign(v5).canonicalRequest == expected)
    }
}
