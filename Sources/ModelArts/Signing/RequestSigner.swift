import Crypto
import Foundation

/// SDK-HMAC-SHA256 request signing, as the official Huawei Cloud SDK signer does it.
/// A pure function of the request, the credentials and the date.
public enum RequestSigner {
    public static let algorithm = "SDK-HMAC-SHA256"
    public static let emptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    /// The header that, when present, replaces the body hash in the canonical request.
    public static let contentHashHeader = "X-Sdk-Content-Sha256"
    /// The body hash the SDK declares for bodies it does not hash (non-JSON content types).
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"

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
        if let token = credentials.securityToken {
            // As the SDK does: the credentials' token replaces any the request carried.
            headers.removeAll { $0.name.lowercased() == "x-security-token" }
            headers.append(.init("X-Security-Token", token))
        }
        if declaresUnsignedPayload(contentType: request.headers.first(where: { $0.name == "Content-Type" })?.value) {
            headers.removeAll { $0.name == contentHashHeader }
            headers.append(.init(contentHashHeader, unsignedPayload))
        }
        let signed = signedHeaderNames(headers)
        var withHeaders = request
        withHeaders.headers = headers
        let canonical = canonicalRequest(withHeaders, signedHeaders: signed)
        let signature = self.signature(canonicalRequest: canonical, date: date, secretKey: credentials.secretKey)
        let authorization =
            "\(algorithm) Access=\(credentials.accessKey), SignedHeaders=\(signed.joined(separator: ";")), Signature=\(signature)"
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
    /// Keys are compared as bytes, not with `==`, which would equate `é` and `e\u{301}` where the SDK does not.
    public static func canonicalQuery(_ items: [SignableRequest.Pair]) -> String {
        items.sorted { a, b in
            a.name.utf8.elementsEqual(b.name.utf8) ? utf8Less(a.value, b.value) : utf8Less(a.name, b.name)
        }
        .map { "\(PercentEncoding.encode($0.name))=\(PercentEncoding.encode($0.value))" }
        .joined(separator: "&")
    }

    /// `SDK-HMAC-SHA256\n{date}\n{hex sha256(canonical request)}`: what the signature is an HMAC of.
    public static func stringToSign(canonicalRequest: String, date: String) -> String {
        "\(algorithm)\n\(date)\n\(hex(SHA256.hash(data: Array(canonicalRequest.utf8))))"
    }

    /// The string to sign, HMAC'd with the raw secret key, in lower-case hex.
    public static func signature(canonicalRequest: String, date: String, secretKey: String) -> String {
        let text = stringToSign(canonicalRequest: canonicalRequest, date: date)
        let mac = HMAC<SHA256>.authenticationCode(
            for: Array(text.utf8), using: SymmetricKey(data: Array(secretKey.utf8)))
        return hex(mac)
    }

    /// The SDK only hashes JSON and BSON bodies: any other non-empty `Content-Type` (looked up by that
    /// exact spelling, as the SDK does) makes it declare `X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD`.
    static func declaresUnsignedPayload(contentType: String?) -> Bool {
        guard let contentType, !contentType.isEmpty else { return false }
        return !contentType.hasPrefix("application/json") && !contentType.hasPrefix("application/bson")
    }

    /// The body hash of the canonical request: the empty hash, a declared (non-blank)
    /// `X-Sdk-Content-Sha256`, or the hex SHA-256 of the body.
    static func bodyHash(_ request: SignableRequest) -> String {
        if request.body.isEmpty { return emptyBodyHash }
        if let declared = request.header(contentHashHeader).map(trim), !declared.isEmpty { return declared }
        return actualBodyHash(request.body)
    }

    /// The hex SHA-256 of `body`.
    static func actualBodyHash(_ body: [UInt8]) -> String {
        body.isEmpty ? emptyBodyHash : hex(SHA256.hash(data: body))
    }

    /// Trims what Python's `str.strip()` trims (the SDK strips header values with it): Unicode
    /// White_Space plus the separators U+001C...U+001F.
    static func trim(_ s: String) -> String {
        func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace || (0x1C...0x1F).contains(c.value) }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
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
