import ModelArts
import Testing

/// The server side of SDK-HMAC-SHA256: what it accepts and every way it refuses.
@Suite("SignatureVerifier")
struct SigningVerifierTests {
    static let accessKey = "AKVERIFIERTEST000001"
    static let secretKey = "SKverifierTestSecret000000000000000000001"
    static let credentials = SigningCredentials(accessKey: accessKey, secretKey: secretKey)
    static let signedAt: Int64 = 1_704_067_200  // 2024-01-01T00:00:00Z
    static let verifier = SignatureVerifier { $0 == accessKey ? secretKey : nil }
    static let path = "/v1/0123456789abcdef0123456789abcdef/training-jobs"

    static func request(method: String = "GET", body: String = "", contentType: String? = nil) -> SignableRequest {
        var headers = [("X-Project-Id", "0123456789abcdef0123456789abcdef"), ("X_Request_Trace", "t-1")]
        if let contentType { headers.append(("Content-Type", contentType)) }
        return SignableRequest(
            method: method, host: "127.0.0.1:8080", path: path,
            query: [("per_page", "10"), ("page", "1"), ("search_content", "训练 a+b")],
            headers: headers, body: Array(body.utf8))
    }

    /// Signs `request` and returns it as the server receives it (path and query from the wire URI).
    static func received(
        _ request: SignableRequest = request(), credentials: SigningCredentials = credentials
    ) -> SignableRequest {
        let signed = RequestSigner.sign(request, credentials: credentials, epochSeconds: signedAt)
        return Received.request(method: request.method, host: request.host, signed: signed, body: request.body)
    }

    static func expectRejected(
        _ request: SignableRequest, _ failure: SignatureVerifier.Failure, now: Int64 = signedAt,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(throws: failure, sourceLocation: sourceLocation) {
            try verifier.verify(request, nowEpochSeconds: now)
        }
    }

    static func replacingHeader(_ request: SignableRequest, _ name: String, with value: String?) -> SignableRequest {
        var copy = request
        copy.headers.removeAll { $0.name.lowercased() == name.lowercased() }
        if let value { copy.headers.append(.init(name, value)) }
        return copy
    }

    // MARK: accepting

    @Test("accepts what RequestSigner signs: GET, POST with a body, temporary credentials")
    func acceptsSigned() throws {
        #expect(try Self.verifier.verify(Self.received(), nowEpochSeconds: Self.signedAt) == Self.accessKey)
        let post = Self.request(method: "POST", body: #"{"limit":10}"#, contentType: "application/json")
        #expect(try Self.verifier.verify(Self.received(post), nowEpochSeconds: Self.signedAt) == Self.accessKey)
        let temporary = SigningCredentials(
            accessKey: Self.accessKey, secretKey: Self.secretKey, securityToken: "tok+/=")
        let withToken = Self.received(credentials: temporary)
        #expect(withToken.header("X-Security-Token") == "tok+/=")
        #expect(try Self.verifier.verify(withToken, nowEpochSeconds: Self.signedAt) == Self.accessKey)
    }

    @Test("the date window is 15 minutes in both directions, inclusive", arguments: [-900, -1, 0, 1, 900] as [Int64])
    func withinWindow(offset: Int64) throws {
        #expect(try Self.verifier.verify(Self.received(), nowEpochSeconds: Self.signedAt + offset) == Self.accessKey)
    }

    @Test("a date outside 15 minutes is expired, early or late", arguments: [-86_400, -901, 901, 86_400] as [Int64])
    func outsideWindow(offset: Int64) {
        Self.expectRejected(Self.received(), .expired, now: Self.signedAt + offset)
    }

    @Test("an extreme clock does not trap: it is expired")
    func extremeClock() {
        Self.expectRejected(Self.received(), .expired, now: .max)
        Self.expectRejected(Self.received(), .expired, now: .min)
    }

    @Test("unsigned headers (names with _) may change without breaking the signature")
    func unsignedHeaderMayChange() throws {
        let changed = Self.replacingHeader(Self.received(), "X_Request_Trace", with: "t-2")
        #expect(try Self.verifier.verify(changed, nowEpochSeconds: Self.signedAt) == Self.accessKey)
    }

    // MARK: credentials

    @Test("a wrong secret key is a mismatch")
    func wrongSecret() {
        let wrong = SigningCredentials(accessKey: Self.accessKey, secretKey: Self.secretKey + "x")
        Self.expectRejected(Self.received(credentials: wrong), .mismatch)
    }

    @Test("an unknown access key is refused before anything else")
    func unknownAccessKey() {
        let stranger = SigningCredentials(accessKey: "AKSOMEONEELSE0000001", secretKey: Self.secretKey)
        Self.expectRejected(Self.received(credentials: stranger), .unknownAccessKey)
    }

    // MARK: tampering

    @Test(
        "a changed method is a mismatch, including a lower-case spelling", arguments: ["POST", "DELETE", "get", "Get"])
    func tamperedMethod(method: String) {
        var request = Self.received()
        request.method = method
        Self.expectRejected(request, .mismatch)
    }

    @Test(
        "a changed path is a mismatch",
        arguments: [path + "x", path + "/1", "/v1/other/training-jobs", "/v2" + path.dropFirst(3)])
    func tamperedPath(path: String) {
        var request = Self.received()
        request.path = path
        Self.expectRejected(request, .mismatch)
    }

    @Test("a changed, added or removed query parameter is a mismatch")
    func tamperedQuery() {
        let original = Self.received()
        var changed = original
        changed.query = changed.query.map { $0.name == "page" ? .init("page", "2") : $0 }
        Self.expectRejected(changed, .mismatch)
        var added = original
        added.query.append(.init("status", "8"))
        Self.expectRejected(added, .mismatch)
        var removed = original
        removed.query.removeAll { $0.name == "search_content" }
        Self.expectRejected(removed, .mismatch)
        var renamed = original
        renamed.query = renamed.query.map { $0.name == "page" ? .init("Page", $0.value) : $0 }
        Self.expectRejected(renamed, .mismatch)
    }

    @Test("a changed signed header value is a mismatch", arguments: ["X-Project-Id", "Host"])
    func tamperedSignedHeader(name: String) throws {
        let original = Self.received()
        let value = try #require(original.header(name))
        Self.expectRejected(Self.replacingHeader(original, name, with: value + "0"), .mismatch)
    }

    @Test("a changed X-Sdk-Date inside the window is a mismatch")
    func tamperedDate() {
        let later = SDKDate.format(epochSeconds: Self.signedAt + 1)
        Self.expectRejected(Self.replacingHeader(Self.received(), "X-Sdk-Date", with: later), .mismatch)
    }

    @Test("a changed body is a mismatch")
    func tamperedBody() {
        var request = Self.received(
            Self.request(method: "POST", body: #"{"limit":10}"#, contentType: "application/json"))
        request.body = Array(#"{"limit":11}"#.utf8)
        Self.expectRejected(request, .mismatch)
        request.body = []
        Self.expectRejected(request, .mismatch)
    }

    @Test("an added, unsigned X-Sdk-Content-Sha256 cannot vouch for a replaced body")
    func unsignedDeclaredHash() {
        let original = Self.request(method: "POST", body: #"{"limit":10}"#, contentType: "application/json")
        var forged = Self.received(original)
        // The real hash of the original body, declared by whoever replaced it; SignedHeaders does not cover it.
        let signed = RequestSigner.sign(original, credentials: Self.credentials, epochSeconds: Self.signedAt)
        let originalHash = String(signed.canonicalRequest.split(separator: "\n").last ?? "")
        #expect(originalHash.count == 64 && originalHash != RequestSigner.emptyBodyHash)
        forged.body = Array(#"{"limit":99}"#.utf8)
        forged.headers.append(.init(RequestSigner.contentHashHeader, originalHash))
        Self.expectRejected(forged, .mismatch)
    }

    @Test("a signed declared hash must be UNSIGNED-PAYLOAD or the body's real hash")
    func signedDeclaredHash() throws {
        var request = Self.request(method: "POST", body: #"{"a":1}"#, contentType: "application/json")
        request.headers.append(.init(RequestSigner.contentHashHeader, "0000"))
        Self.expectRejected(Self.received(request), .mismatch)
        // A non-JSON body is signed as UNSIGNED-PAYLOAD, as the SDK does, and verifies.
        let text = Self.received(Self.request(method: "POST", body: "plain", contentType: "text/plain"))
        #expect(text.header(RequestSigner.contentHashHeader) == RequestSigner.unsignedPayload)
        #expect(try Self.verifier.verify(text, nowEpochSeconds: Self.signedAt) == Self.accessKey)
    }

    // MARK: missing and malformed parts

    @Test("a signed header that was not received is named")
    func missingSignedHeader() {
        Self.expectRejected(
            Self.replacingHeader(Self.received(), "X-Project-Id", with: nil), .signedHeaderMissing("x-project-id"))
    }

    @Test("no Authorization header")
    func missingAuthorization() {
        Self.expectRejected(Self.replacingHeader(Self.received(), "Authorization", with: nil), .missingAuthorization)
    }

    @Test(
        "missing or malformed X-Sdk-Date",
        arguments: [nil, "", "2024-01-01T00:00:00Z", "20240101T000000", "20241301T000000Z", "20240230T000000Z"])
    func missingDate(date: String?) {
        Self.expectRejected(Self.replacingHeader(Self.received(), "X-Sdk-Date", with: date), .missingDate)
    }

    static let malformedAuthorizations = [
        "", "Bearer abc", "SDK-HMAC-SHA256", "SDK-HMAC-SHA256 ",
        "SDK-HMAC-SM3 Access=AK, SignedHeaders=host, Signature=00",
        "sdk-hmac-sha256 Access=\(accessKey), SignedHeaders=host;x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=\(accessKey)", "SDK-HMAC-SHA256 Access=\(accessKey), SignedHeaders=host;x-sdk-date",
        "SDK-HMAC-SHA256 SignedHeaders=host;x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=, SignedHeaders=host;x-sdk-date, Signature=00",
        "SDK-HMAC-SHA256 Access=\(accessKey), SignedHeaders=, Signature=00",
        "SDK-HMAC-SHA256 Access=\(accessKey), SignedHeaders=host;x-sdk-date, Signature=",
        "SDK-HMAC-SHA256 Access=\(accessKey) SignedHeaders=host;x-sdk-date Signature=00",
        "SDK-HMAC-SHA256 Access=\(accessKey), SignedHeaders=host;x-sdk-date, Signature",
    ]

    @Test("a malformed Authorization header", arguments: malformedAuthorizations)
    func malformedAuthorization(header: String) {
        #expect(SignatureVerifier.Authorization(header) == nil)
        Self.expectRejected(
            Self.replacingHeader(Self.received(), "Authorization", with: header), .malformedAuthorization)
    }

    @Test("Authorization parses the SDK's spelling")
    func authorizationParses() throws {
        let header = try #require(Self.received().header("Authorization"))
        let auth = try #require(SignatureVerifier.Authorization(header))
        #expect(auth.accessKey == Self.accessKey)
        #expect(auth.signedHeaders == ["host", "x-project-id", "x-sdk-date"])
        #expect(auth.signature.count == 64)
    }

    @Test("SignedHeaders without host or x-sdk-date is refused")
    func hostNotSigned() throws {
        let original = Self.received()
        let header = try #require(original.header("Authorization"))
        for list in ["x-project-id;x-sdk-date", "host;x-project-id"] {
            let edited = header.replacingOccurrences(of: "host;x-project-id;x-sdk-date", with: list)
            Self.expectRejected(Self.replacingHeader(original, "Authorization", with: edited), .hostNotSigned)
        }
    }

    @Test("a signature in upper-case hex or cut short is a mismatch")
    func signatureSpelling() throws {
        let original = Self.received()
        let header = try #require(original.header("Authorization"))
        let auth = try #require(SignatureVerifier.Authorization(header))
        for signature in [auth.signature.uppercased(), String(auth.signature.dropLast()), auth.signature + "0"] {
            let edited = header.replacingOccurrences(of: auth.signature, with: signature)
            Self.expectRejected(Self.replacingHeader(original, "Authorization", with: edited), .mismatch)
        }
    }

    @Test("failure descriptions are one line and never show the secret key")
    func failureDescriptions() {
        let failures: [SignatureVerifier.Failure] = [
            .missingAuthorization, .malformedAuthorization, .unknownAccessKey, .missingDate, .expired,
            .signedHeaderMissing("x-project-id"), .hostNotSigned, .mismatch,
        ]
        for failure in failures {
            #expect(!failure.description.isEmpty)
            #expect(!failure.description.contains("\n"))
            #expect(!failure.description.contains(Self.secretKey))
        }
        #expect(SignatureVerifier.Failure.signedHeaderMissing("x-project-id").description.contains("x-project-id"))
    }
}
