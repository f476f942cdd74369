import ModelArts
import Testing

/// Round-trip properties over random requests: whatever RequestSigner signs, SignatureVerifier
/// accepts, and any single-byte change to a covered part is refused.
@Suite("Signing properties")
struct SigningPropertyTests {
    static let cases = 300
    static let accessKey = "AKPROPERTYTEST000001"
    static let secretKey = "SKpropertyTestSecret000000000000000000001"
    static let verifier = SignatureVerifier { $0 == accessKey ? secretKey : nil }

    static let segmentAlphabet = Array("abcxyzABC0129-_.~ +*=&;,训练任务🚀")
    static let valueAlphabet = Array("abcXYZ019-_.~ +*/=&?#%训练任务é🚀\"'")
    static let keyAlphabet = Array("abcdefgSTU_-")
    static let headerAlphabet = Array("abcXYZ019-_./:;=+ 训")
    static let methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]

    /// The parts of a request a single-byte change is tried on.
    enum Part: String, CaseIterable {
        case method, path, queryValue, signedHeader, body
    }

    struct Sample {
        var request: SignableRequest
        var credentials: SigningCredentials
        var epoch: Int64
    }

    static func sample(_ rng: inout SeededGenerator) -> Sample {
        let method = methods.randomElement(using: &rng) ?? "GET"
        let segments = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
            rng.string(from: segmentAlphabet, length: 1...8)
        }
        let path = "/v1/" + segments.joined(separator: "/") + (Bool.random(using: &rng) ? "/" : "")
        let query = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
            (rng.string(from: keyAlphabet, length: 1...6), rng.string(from: valueAlphabet, length: 0...12))
        }
        var headers = [("X-Project-Id", rng.string(from: Array("0123456789abcdef"), length: 32...32))]
        // Header values never start or end with whitespace: HTTP strips it before anyone signs.
        headers.append(("X-Custom", "v" + rng.string(from: headerAlphabet, length: 0...10) + "v"))
        var body: [UInt8] = []
        if method != "GET" && method != "DELETE" {
            headers.append(("Content-Type", "application/json"))
            body = (0..<Int.random(in: 0...64, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        }
        let token = Bool.random(using: &rng) ? "tok" + rng.string(from: keyAlphabet, length: 4...20) : nil
        let host =
            Bool.random(using: &rng)
            ? "127.0.0.1:\(Int.random(in: 1024...65535, using: &rng))" : "modelarts.example.com"
        return Sample(
            request: SignableRequest(
                method: method, host: host, path: path, query: query, headers: headers, body: body),
            credentials: SigningCredentials(accessKey: accessKey, secretKey: secretKey, securityToken: token),
            epoch: Int64.random(in: 946_684_800...4_102_444_800, using: &rng))
    }

    /// Applies one single-byte change to `part`; nil when that part is empty in this request.
    static func mutate(_ request: SignableRequest, _ part: Part, _ rng: inout SeededGenerator) -> SignableRequest? {
        var copy = request
        switch part {
        case .method:
            guard let changed = rng.changingOneByte(of: request.method) else { return nil }
            copy.method = changed
        case .path:
            guard let changed = rng.changingOneByte(of: request.path) else { return nil }
            copy.path = changed
        case .queryValue:
            let candidates = request.query.indices.filter { !request.query[$0].value.isEmpty }
            guard let i = candidates.randomElement(using: &rng),
                let changed = rng.changingOneByte(of: request.query[i].value)
            else { return nil }
            copy.query[i].value = changed
        case .signedHeader:
            let signed =
                request.header("Authorization").flatMap(SignatureVerifier.Authorization.init)?.signedHeaders ?? []
            let candidates = request.headers.indices.filter {
                signed.contains(request.headers[$0].name.lowercased()) && !request.headers[$0].value.isEmpty
            }
            guard let i = candidates.randomElement(using: &rng),
                let changed = rng.changingOneByte(of: request.headers[i].value)
            else { return nil }
            copy.headers[i].value = changed
        case .body:
            guard !request.body.isEmpty else { return nil }
            let i = Int.random(in: 0..<request.body.count, using: &rng)
            copy.body[i] = copy.body[i] &+ UInt8.random(in: 1...255, using: &rng)
        }
        return copy
    }

    @Test("every signed random request verifies, within the window", arguments: [0x5EED_0001, 0x5EED_0002] as [UInt64])
    func roundTrip(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<Self.cases {
            let sample = Self.sample(&rng)
            let signed = RequestSigner.sign(sample.request, credentials: sample.credentials, epochSeconds: sample.epoch)
            let received = Received.request(
                method: sample.request.method, host: sample.request.host, signed: signed, body: sample.request.body)
            let now = sample.epoch + Int64.random(in: -900...900, using: &rng)
            #expect(
                try Self.verifier.verify(received, nowEpochSeconds: now) == Self.accessKey,
                "\(sample.request.method) \(signed.wireURI)")
        }
    }

    @Test(
        "any single-byte change to method, path, query value, signed header value or body is refused",
        arguments: [0xB17E_0001, 0xB17E_0002] as [UInt64])
    func singleByteChanges(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var tried: [Part: Int] = [:]
        for _ in 0..<Self.cases {
            let sample = Self.sample(&rng)
            let signed = RequestSigner.sign(sample.request, credentials: sample.credentials, epochSeconds: sample.epoch)
            let received = Received.request(
                method: sample.request.method, host: sample.request.host, signed: signed, body: sample.request.body)
            for part in Part.allCases {
                guard let changed = Self.mutate(received, part, &rng) else { continue }
                tried[part, default: 0] += 1
                #expect(throws: SignatureVerifier.Failure.self, "\(part) of \(received.method) \(signed.wireURI)") {
                    try Self.verifier.verify(changed, nowEpochSeconds: sample.epoch)
                }
            }
        }
        // Each part must really have been exercised, or the property proves nothing about it.
        for part in Part.allCases {
            #expect(tried[part, default: 0] >= Self.cases / 4, "\(part) tried \(tried[part, default: 0]) times")
        }
    }
}
