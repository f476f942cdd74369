import Foundation
import ModelArts

extension ModelArtsHTTPClient {
    /// A request ready for the wire: URI with the canonical query, headers, and the token used.
    struct AuthorizedRequest {
        var wireURI: String
        var headers: [(String, String)]
        var token: String?
    }

    /// Signs with AK/SK (`X-Project-Id` and `Content-Type` signed, date from the injected clock) or
    /// adds the IAM token. `User-Agent` is sent but not signed, so a proxy rewriting it breaks nothing.
    /// A JSON body is signed over its exact bytes with the SDK's `application/json;charset=utf-8`.
    func authorized(
        method: String, path: String, query: [(String, String)], body: [UInt8]? = nil
    ) async throws(APIError) -> AuthorizedRequest {
        let endpoint = configuration.endpoint
        let contentType = body == nil ? V2Wire.plainContentType : V2Wire.jsonContentType
        let base: [(String, String)] = [
            ("Content-Type", contentType), ("X-Project-Id", configuration.projectID),
        ]
        switch configuration.authentication {
        case .akSk(let credentials):
            let signable = SignableRequest(
                method: method, host: endpoint.hostHeader, path: path, query: query, headers: base,
                body: body ?? [])
            let date = Int64(now().rounded(.down))
            let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: date)
            var headers = signed.headers.map { ($0.name, $0.value) }
            headers.append(("User-Agent", configuration.userAgent))
            return AuthorizedRequest(wireURI: signed.wireURI, headers: headers, token: nil)
        case .token:
            guard let provider = tokenProvider else { throw .invalidRequest("token authentication is not set up") }
            let token = try await provider.token()
            let pairs = query.map { SignableRequest.Pair($0.0, $0.1) }
            let canonical = RequestSigner.canonicalQuery(pairs)
            var headers = [("Host", endpoint.hostHeader)] + base
            headers.append(("X-Auth-Token", token))
            headers.append(("User-Agent", configuration.userAgent))
            return AuthorizedRequest(
                wireURI: canonical.isEmpty ? path : "\(path)?\(canonical)", headers: headers, token: token)
        }
    }
}
