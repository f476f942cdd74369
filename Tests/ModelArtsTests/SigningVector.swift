import Foundation
import ModelArts

/// One signing test vector as stored in `Fixtures/signing-vectors.json` (the project's reference
/// vectors) and `Fixtures/sdk-vectors.json` (made by scripts/signing/make_vectors.py with the
/// official Python SDK signer).
struct SigningVector: Decodable, Sendable, CustomStringConvertible {
    var name: String
    var covers: String?
    var accessKey: String
    var secretKey: String
    var securityToken: String?
    var method: String
    var host: String
    var path: String
    var query: [[String]]
    var headers: [String: String]
    var body: String
    var canonicalRequest: String
    var canonicalRequestSHA256: String
    var wireURI: String
    var authorization: String
    /// Lower-case names of every header the SDK sent (only in the generated vectors).
    var sentHeaders: [String]?

    var description: String { name }

    enum CodingKeys: String, CodingKey {
        case name, covers, method, host, path, query, headers, body, authorization
        case accessKey = "access_key"
        case secretKey = "secret_key"
        case securityToken = "security_token"
        case canonicalRequest = "canonical_request"
        case canonicalRequestSHA256 = "canonical_request_sha256"
        case wireURI = "wire_uri"
        case sentHeaders = "sent_headers"
    }

    struct File: Decodable {
        var algorithm: String
        var vectors: [SigningVector]
    }

    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    /// Every vector in `Fixtures/<file>`.
    static func load(_ file: String) throws -> [SigningVector] {
        let decoded = try JSONDecoder().decode(File.self, from: Fixture.data(file))
        guard decoded.algorithm == RequestSigner.algorithm else {
            throw Invalid(description: "\(file) holds \(decoded.algorithm) vectors")
        }
        for vector in decoded.vectors where vector.query.contains(where: { $0.count != 2 }) {
            throw Invalid(description: "\(file): \(vector.name) has a query item that is not a pair")
        }
        return decoded.vectors
    }

    var credentials: SigningCredentials {
        SigningCredentials(accessKey: accessKey, secretKey: secretKey, securityToken: securityToken)
    }

    /// The fixed date the vector was signed at.
    var date: String { headers.first(where: { $0.key.lowercased() == "x-sdk-date" })?.value ?? "" }

    /// The request as the Swift signer takes it; `dropDate` leaves the date for the signer to add.
    func request(dropDate: Bool = false) -> SignableRequest {
        let pairs =
            headers
            .filter { !dropDate || $0.key.lowercased() != "x-sdk-date" }
            .sorted { $0.key < $1.key }
            .map { ($0.key, $0.value) }
        return SignableRequest(
            method: method, host: host, path: path, query: query.map { ($0.first ?? "", $0.last ?? "") },
            headers: pairs, body: Array(body.utf8))
    }
}
