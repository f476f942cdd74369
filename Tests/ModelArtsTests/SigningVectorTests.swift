import Foundation
import ModelArts
import Testing

/// Every stored vector, through the Swift signer: the project's reference vectors and the ones the
/// official Python SDK produced (scripts/signing/make_vectors.py). The SDK is the referee.
@Suite("Signing vectors")
struct SigningVectorTests {
    static let reference = (try? SigningVector.load("signing-vectors.json")) ?? []
    static let sdk = (try? SigningVector.load("sdk-vectors.json")) ?? []
    static let all = reference + sdk

    /// Checks one signing result against a vector, field by field, so a failure names the part.
    static func expectMatches(
        _ signed: SignedRequest, _ vector: SigningVector, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(signed.canonicalRequest == vector.canonicalRequest, "canonical request", sourceLocation: sourceLocation)
        let stringToSign = RequestSigner.stringToSign(canonicalRequest: signed.canonicalRequest, date: vector.date)
        #expect(
            stringToSign.split(separator: "\n").last.map(String.init) == vector.canonicalRequestSHA256,
            "sha256 of the canonical request", sourceLocation: sourceLocation)
        #expect(signed.wireURI == vector.wireURI, "wire URI", sourceLocation: sourceLocation)
        #expect(signed.authorization == vector.authorization, "Authorization", sourceLocation: sourceLocation)
        #expect(signed.header("Authorization") == vector.authorization, sourceLocation: sourceLocation)
    }

    @Test("the fixture files load and are not empty")
    func fixturesLoad() throws {
        #expect(try SigningVector.load("signing-vectors.json").count >= 3)
        #expect(try SigningVector.load("sdk-vectors.json").count >= 40)
        let names = Self.all.map(\.name)
        #expect(Set(names).count == names.count, "vector names are unique")
    }

    @Test("reference vectors: canonical request, its sha256, wire URI and Authorization", arguments: reference)
    func referenceVector(_ vector: SigningVector) {
        let signed = RequestSigner.sign(vector.request(), credentials: vector.credentials, epochSeconds: 0)
        Self.expectMatches(signed, vector)
    }

    @Test("SDK vectors: canonical request, its sha256, wire URI and Authorization", arguments: sdk)
    func sdkVector(_ vector: SigningVector) {
        let signed = RequestSigner.sign(vector.request(), credentials: vector.credentials, epochSeconds: 0)
        Self.expectMatches(signed, vector)
    }

    @Test("SDK vectors: the signer sends exactly the headers the SDK sends", arguments: sdk)
    func sentHeaders(_ vector: SigningVector) throws {
        let expected = try #require(vector.sentHeaders)
        let signed = RequestSigner.sign(vector.request(), credentials: vector.credentials, epochSeconds: 0)
        #expect(signed.headers.map { $0.name.lowercased() }.sorted() == expected)
    }

    @Test("given no X-Sdk-Date, the signer formats the same date from epoch seconds", arguments: all)
    func signerAddsDate(_ vector: SigningVector) throws {
        let epoch = try #require(SDKDate.parse(vector.date), "vector date \(vector.date)")
        let signed = RequestSigner.sign(
            vector.request(dropDate: true), credentials: vector.credentials, epochSeconds: epoch)
        #expect(signed.header("X-Sdk-Date") == vector.date)
        Self.expectMatches(signed, vector)
    }

    @Test("the verifier accepts every vector as a server receives it", arguments: all)
    func verifierAccepts(_ vector: SigningVector) throws {
        let signed = RequestSigner.sign(vector.request(), credentials: vector.credentials, epochSeconds: 0)
        let received = Received.request(
            method: vector.method, host: vector.host, signed: signed, body: Array(vector.body.utf8))
        let verifier = SignatureVerifier { $0 == vector.accessKey ? vector.secretKey : nil }
        let now = try #require(SDKDate.parse(vector.date))
        #expect(throws: Never.self) { try verifier.verify(received, nowEpochSeconds: now + 60) }
    }

    /// Guards the corpus: the cases the brief asks for must stay in the generated file.
    @Test("the SDK vectors cover every case the brief names")
    func coverage() {
        let values = Self.sdk.flatMap { $0.query.compactMap(\.last) }
        for needle in ["训", " ", "+", "&", "=", "*", "~", "/"] {
            #expect(values.contains { $0.contains(needle) }, "a query value with \(needle.debugDescription)")
        }
        let keys = Self.sdk.flatMap { $0.query.compactMap(\.first) }
        #expect(keys.contains { $0.first?.isUppercase == true }, "an upper-case key")
        #expect(values.contains(""), "an empty value")
        #expect(Self.sdk.contains { v in Set(v.query.compactMap(\.first)).count < v.query.count }, "a repeated key")
        #expect(Self.sdk.contains { $0.path.count > 1 && $0.path.hasSuffix("/") }, "a path ending in /")
        #expect(Self.sdk.contains { $0.host.contains(":") }, "a host with a port")
        #expect(Self.sdk.contains { $0.securityToken != nil }, "temporary credentials")
        #expect(Self.sdk.contains { $0.method == "POST" && $0.body.hasPrefix("{") }, "a POST with a JSON body")
    }
}

/// Turns a signed request into what a server receives: the path and the decoded query of the wire URI,
/// and the method upper-cased, as HTTP clients (the SDK's `requests` too) put it on the wire.
enum Received {
    static func request(method: String, host: String, signed: SignedRequest, body: [UInt8]) -> SignableRequest {
        let uri = signed.wireURI
        let path = uri.firstIndex(of: "?").map { String(uri[..<$0]) } ?? uri
        let query = uri.firstIndex(of: "?").map { PercentEncoding.parseQuery(uri[uri.index(after: $0)...]) } ?? []
        return SignableRequest(
            method: method.uppercased(), host: host, path: path, query: query,
            headers: signed.headers.map { ($0.name, $0.value) }, body: body)
    }
}
