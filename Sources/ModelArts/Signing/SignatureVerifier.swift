import Crypto

/// Verifies SDK-HMAC-SHA256 signatures the way a server must: rebuild the canonical request
/// from the raw request, using the client's `SignedHeaders` list and the received header values,
/// and check the date is within the allowed skew.
public struct SignatureVerifier: Sendable {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case missingAuthorization
        case malformedAuthorization
        case unknownAccessKey
        case missingDate
        case expired
        case signedHeaderMissing(String)
        case hostNotSigned
        case mismatch

        public var description: String {
            switch self {
            case .missingAuthorization: return "no Authorization header"
            case .malformedAuthorization: return "malformed Authorization header"
            case .unknownAccessKey: return "unknown access key"
            case .missingDate: return "missing or malformed X-Sdk-Date"
            case .expired: return "signature expired"
            case .signedHeaderMissing(let h): return "signed header \(h) not present"
            case .hostNotSigned: return "host and x-sdk-date must be signed"
            case .mismatch: return "verify aksk signature fail"
            }
        }
    }

    /// Parsed `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…`.
    public struct Authorization: Equatable, Sendable {
        public var accessKey: String
        public var signedHeaders: [String]
        public var signature: String

        public init?(_ header: String) {
            let prefix = RequestSigner.algorithm + " "
            guard header.hasPrefix(prefix) else { return nil }
            var fields: [String: String] = [:]
            for part in header.dropFirst(prefix.count).split(separator: ",") {
                let kv = part.trimmingCharacters(in: .whitespaces)
                guard let eq = kv.firstIndex(of: "=") else { return nil }
                fields[String(kv[..<eq])] = String(kv[kv.index(after: eq)...])
            }
            guard let ak = fields["Access"], !ak.isEmpty, let sh = fields["SignedHeaders"], !sh.isEmpty,
                let sig = fields["Signature"], !sig.isEmpty
            else { return nil }
            accessKey = ak
            signedHeaders = sh.split(separator: ";").map(String.init)
            signature = sig
        }
    }

    /// Looks up the secret key for an access key (nil: unknown).
    public var secretKeyFor: @Sendable (String) -> String?
    public var maxSkewSeconds: Int64

    public init(maxSkewSeconds: Int64 = 15 * 60, secretKeyFor: @escaping @Sendable (String) -> String?) {
        self.secretKeyFor = secretKeyFor
        self.maxSkewSeconds = maxSkewSeconds
    }

    /// Verifies a received request. `request.query` is the decoded raw query, `request.headers`
    /// the received headers. Returns the access key on success.
    @discardableResult
    public func verify(_ request: SignableRequest, nowEpochSeconds: Int64) throws(Failure) -> String {
        guard let header = request.header("Authorization") else { throw .missingAuthorization }
        guard let auth = Authorization(header) else { throw .malformedAuthorization }
        guard let secret = secretKeyFor(auth.accessKey) else { throw .unknownAccessKey }
        guard let dateText = request.header("X-Sdk-Date"), let date = SDKDate.parse(dateText) else {
            throw .missingDate
        }
        let (skew, overflow) = nowEpochSeconds.subtractingReportingOverflow(date)
        guard !overflow, skew.magnitude <= maxSkewSeconds.magnitude else { throw .expired }
        let signed = auth.signedHeaders.map { $0.lowercased() }
        guard signed.contains("host"), signed.contains("x-sdk-date") else { throw .hostNotSigned }
        for name in signed where request.header(name) == nil {
            throw .signedHeaderMissing(name)
        }
        // HTTP methods are case-sensitive and the signature covers the upper-cased method, so a
        // method in any other spelling is not the one that was signed.
        guard request.method == request.method.uppercased() else { throw .mismatch }
        // A declared body hash stands in for the body, so it counts only when it is signed and is
        // either UNSIGNED-PAYLOAD or the body's real hash; otherwise a replaced body would verify.
        if !request.body.isEmpty,
            let declared = request.header(RequestSigner.contentHashHeader).map(RequestSigner.trim), !declared.isEmpty
        {
            guard signed.contains(RequestSigner.contentHashHeader.lowercased()),
                declared == RequestSigner.unsignedPayload || declared == RequestSigner.actualBodyHash(request.body)
            else { throw .mismatch }
        }
        let canonical = RequestSigner.canonicalRequest(request, signedHeaders: signed)
        let expected = RequestSigner.signature(canonicalRequest: canonical, date: dateText, secretKey: secret)
        guard Self.constantTimeEqual(expected, auth.signature) else { throw .mismatch }
        return auth.accessKey
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
