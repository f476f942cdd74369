import ModelArts
import Testing

/// RequestSigner behaviour beyond the vectors: what it adds, replaces and never does.
@Suite("RequestSigner")
struct SigningSignerTests {
    static let credentials = SigningCredentials(
        accessKey: "AKSIGNERTEST00000001", secretKey: "SKsignerTestSecret0000000000000000000001")
    static let epoch: Int64 = 1_704_067_200
    static let request = SignableRequest(
        method: "GET", host: "127.0.0.1:8080", path: "/v1/p/training-jobs",
        query: [("per_page", "10"), ("page", "1")], headers: [("X-Project-Id", "p")])

    static func names(_ signed: SignedRequest) -> [String] { signed.headers.map { $0.name.lowercased() }.sorted() }

    @Test("adds Host, X-Sdk-Date and Authorization once each")
    func addsHeaders() {
        let signed = RequestSigner.sign(Self.request, credentials: Self.credentials, epochSeconds: Self.epoch)
        #expect(Self.names(signed) == ["authorization", "host", "x-project-id", "x-sdk-date"])
        #expect(signed.header("host") == "127.0.0.1:8080")
        #expect(signed.header("X-SDK-DATE") == "20240101T000000Z")
        #expect(
            signed.authorization.hasPrefix(
                "SDK-HMAC-SHA256 Access=AKSIGNERTEST00000001, SignedHeaders=host;x-project-id;x-sdk-date, Signature="))
    }

    @Test("signing is a pure function: same input, same output; another second, another signature")
    func deterministic() {
        let a = RequestSigner.sign(Self.request, credentials: Self.credentials, epochSeconds: Self.epoch)
        let b = RequestSigner.sign(Self.request, credentials: Self.credentials, epochSeconds: Self.epoch)
        let c = RequestSigner.sign(Self.request, credentials: Self.credentials, epochSeconds: Self.epoch + 1)
        #expect(a == b)
        #expect(a.authorization != c.authorization)
    }

    @Test("an Authorization already on the request is replaced, not signed or duplicated")
    func replacesAuthorization() {
        var request = Self.request
        request.headers.append(.init("authorization", "Bearer stale"))
        let signed = RequestSigner.sign(request, credentials: Self.credentials, epochSeconds: Self.epoch)
        #expect(signed.headers.filter { $0.name.lowercased() == "authorization" }.count == 1)
        #expect(signed.header("Authorization") == signed.authorization)
        #expect(!signed.canonicalRequest.contains("authorization"))
    }

    @Test("temporary credentials add one X-Security-Token, replacing a stale one")
    func securityToken() {
        var request = Self.request
        request.headers.append(.init("x-security-token", "stale"))
        let temporary = SigningCredentials(
            accessKey: Self.credentials.accessKey, secretKey: Self.credentials.secretKey, securityToken: "fresh")
        let signed = RequestSigner.sign(request, credentials: temporary, epochSeconds: Self.epoch)
        #expect(signed.headers.filter { $0.name.lowercased() == "x-security-token" }.map(\.value) == ["fresh"])
        #expect(signed.canonicalRequest.contains("\nx-security-token:fresh\n"))
        #expect(signed.authorization.contains("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token,"))
    }

    @Test("the wire URI carries the canonical query and never the signature's trailing slash")
    func wireURI() {
        let signed = RequestSigner.sign(Self.request, credentials: Self.credentials, epochSeconds: Self.epoch)
        #expect(signed.wireURI == "/v1/p/training-jobs?page=1&per_page=10")
        #expect(
            signed.canonicalRequest.split(separator: "\n", omittingEmptySubsequences: false)[1]
                == "/v1/p/training-jobs/")
        var bare = Self.request
        bare.query = []
        #expect(
            RequestSigner.sign(bare, credentials: Self.credentials, epochSeconds: Self.epoch).wireURI
                == "/v1/p/training-jobs")
    }

    @Test("JobListQuery.parameters sign into the documented wire order (sortBy after search_content)")
    func listQueryOrder() throws {
        let query = try JobListQuery(status: 8, searchContent: "a b")
        let request = SignableRequest(method: "GET", host: "h", path: "/v1/p/training-jobs", query: query.parameters)
        let signed = RequestSigner.sign(request, credentials: Self.credentials, epochSeconds: Self.epoch)
        #expect(
            signed.wireURI
                == "/v1/p/training-jobs?order=asc&page=1&per_page=10&search_content=a%20b&sortBy=job_name&status=8")
    }

    @Test(
        "canonical pieces: URI and query",
        arguments: [
            ("", "/"), ("/", "/"), ("/a", "/a/"), ("/a/", "/a/"), ("/a b/c", "/a%20b/c/"), ("/%7Ex", "/~x/"),
        ])
    func canonicalURI(path: String, expected: String) {
        #expect(RequestSigner.canonicalURI(path) == expected)
    }

    @Test("the canonical query sorts by key, then by value, in byte order")
    func canonicalQuery() {
        let pairs: [SignableRequest.Pair] = [
            .init("b", "2"), .init("a", "z"), .init("a", "10"), .init("B", ""), .init("a", "9"),
        ]
        #expect(RequestSigner.canonicalQuery(pairs) == "B=&a=10&a=9&a=z&b=2")
        #expect(RequestSigner.canonicalQuery([]) == "")
    }

    @Test("signed headers: lower case, sorted, deduplicated, without names holding _")
    func signedHeaderNames() {
        let headers: [SignableRequest.Pair] = [
            .init("X-B", "1"), .init("x_a", "2"), .init("Host", "h"), .init("x-b", "3"),
        ]
        #expect(RequestSigner.signedHeaderNames(headers) == ["host", "x-b"])
    }

    @Test("credentials never show the secret key or the token")
    func credentialsDescription() {
        let temporary = SigningCredentials(
            accessKey: "AKTESTEXAMPLE0000001", secretKey: "very-secret", securityToken: "token-secret")
        for text in [temporary.description, temporary.debugDescription, String(describing: temporary), "\(temporary)"] {
            #expect(!text.contains("very-secret") && !text.contains("token-secret"))
            #expect(!text.contains("AKTESTEXAMPLE0000001"), "the access key is masked too")
            #expect(text.contains("AKTE…0001"))
        }
        #expect(SigningCredentials.mask("short") == "*****")
        #expect(SigningCredentials.mask("") == "***")
    }
}
