import Crypto
import Foundation

/// SDK-HMAC-SHA256 request signing, as the official Huawei Cloud SDK signer does it.
/// A pure function of the request, the credentials and the date.
public enum RequestSigner {
    public static let algorithm = "SDK-HMAC-SHA256"
    public static let emptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// Signs `request`: adds `Host`, `X-Sdk-Date`, `X-Security-Token` (temporary credentials) and
    /// `Authorization`, and returns the wire URI carrying the canonical query.
    public static func sign(
        _ request: SignableRequest, credentials: SigningCredentials, epochSeconds: Int64
    ) -> SignedRequest {
        var headers = request.headers.filter { $0.name.lowercased() != "authorization" }
        if request.header("Host") == nil {
            headers.append(.init("Host", request.host))
        }
        let date: String
        if let given = request.header("X-Sdk-Date") {
            date = given
        } else {
            date = SDKDate.format(epochSeconds: epochSeconds)
            headers.append(.init("X-Sdk-Date", date))
        }
        if let token = credentials.securityToken, request.header("X-Security-Token") == nil {
            headers.append(.init("X-Security-Token", token))
        }
        let signed = signedHeaderNames(headers)
        var withHeaders = request
        withHeaders.headers = headers
        let canonical = canonicalRequest(withHeaders, signedHeaders: signed)
        let signature = self.signature(canonicalRequest: canonical, date: date, secretKey: credentials.secretKey)
        let authorization = "\(algorithm) Access=\(credentials.accessKey), SignedHeaders=\(signed.joined(separator: ";")), Signature=\(signature)"
        headers.append(.init("Authorization", authorization))
        let query = canonicalQuery(request.query)
        return SignedRequest(
            wireURI: query.isEmpty ? request.path : "\(request.path)?\(query)",
            headers: headers, canonicalRequest: canonical, authorization: authorization)
    }

    /// The headers the official SDK signs: every header sent, except names containing `_`.
    public static func signedHeaderNames(_ headers: [SignableRequest.Pair]) -> [String] {
        Set(headers.map { $0.name.lowercased() }.filter { !$0.contains("_") }).sorted(by: utf8Less)
    }

    /// The canonical request: method, URI, query, headers, signed header list, body hash.
    public static func canonicalRequest(_ request: SignableRequest, signedHeaders: [String]) -> String {
        var values: [String: String] = [:]
        for h in request.headers {
            values[h.name.lowercased()] = trim(h.value)
        }
        var canonicalHeaders = ""
        for name in signedHeaders {
            canonicalHeaders += "\(name):\(values[name] ?? "")\n"
        }
        return [
            request.method.uppercased(),
            canonicalURI(request.path),
            canonicalQuery(request.query),
            canonicalHeaders,
            signedHeaders.joined(separator: ";"),
            bodyHash(request),
        ].joined(separator: "\n")
    }

    /// Each segment percent-encoded (after decoding what was already encoded), then a
    /// trailing `/` if there is none. The slash is only in the signature, never on the wire.
    public static func canonicalURI(_ path: String) -> String {
        let segments = PercentEncoding.decode(path).split(separator: "/", omittingEmptySubsequences: false)
        var uri = segments.map { PercentEncoding.encode(String($0)) }.joined(separator: "/")
        if !uri.hasSuffix("/") { uri += "/" }
        return uri
    }

    /// Pairs sorted by raw key then raw value in byte order, each `enc(key)=enc(value)`, joined by `&`.
    public static func canonicalQuery(_ items: [SignableRequest.Pair]) -> String {
        items.sorted { a, b in
            a.name == b.name ? utf8Less(a.value, b.value) : utf8Less(a.name, b.name)
        }
        .map { "\(PercentEncoding.encode($0.name))=\(PercentEncoding.encode($0.value))" }
        .joined(separator: "&")
    }

    /// `SDK-HMAC-SHA256\n{date}\n{hex sha256(canonical request)}`, HMAC'd with the raw secret key.
    public static func signature(canonicalRequest: String, date: String, secretKey: String) -> String {
        let stringToSign = "\(algorithm)\n\(date)\n\(hex(SHA256.hash(data: Array(canonicalRequest.utf8))))"
        let mac = HMAC<SHA256>.authenticationCode(
            for: Array(stringToSign.utf8), using: SymmetricKey(data: Array(secretKey.utf8)))
        return hex(mac)
    }

    static func bodyHash(_ request: SignableRequest) -> String {
        if request.body.isEmpty { return emptyBodyHash }
        if let declared = request.header("X-Sdk-Content-Sha256") { return trim(declared) }
        return hex(SHA256.hash(data: request.body))
    }

    static func trim(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Byte-order comparison of UTF-8 (the SDK sorts code points; for UTF-8 that is the same order).
    static func utf8Less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
