import Foundation
import ModelArts
@testable import ModelArtsEmulator

/// Builds services on a fixed clock and signed requests against them.
enum Kit {
    /// 2024-06-01T12:00:00Z
    static let nowMS: Int64 = 1_717_243_200_000
    static let identity = EmulatorIdentity.demo
    static let project = EmulatorIdentity.demo.projectID
    static let listPath = "/v1/\(EmulatorIdentity.demo.projectID)/training-jobs"

    static func service(
        jobs: Int = 300, seed: UInt64 = 42, faults: FaultPlan = .none, accessLogPath: String? = nil,
        tokenLifetimeSeconds: Int = 86_400, clock: ManualClock = ManualClock()
    ) -> EmulatorService {
        EmulatorService(
            configuration: EmulatorConfiguration(
                jobCount: jobs, seed: seed, faults: faults, accessLogPath: accessLogPath,
                tokenLifetimeSeconds: tokenLifetimeSeconds),
            now: { clock.nowMS })
    }

    static var credentials: SigningCredentials {
        SigningCredentials(accessKey: identity.accessKey, secretKey: identity.secretKey)
    }

    /// A request signed as the official SDK signs it, sent as a client sends it (canonical query on the wire).
    static func signed(
        _ method: String = "GET", path: String = listPath, query: [(String, String)] = [],
        credentials: SigningCredentials = Kit.credentials, atMS: Int64 = nowMS, host: String = "127.0.0.1:8080",
        extraHeaders: [(String, String)]? = nil
    ) -> EmulatorRequest {
        let headers = extraHeaders ?? [("X-Project-Id", project), ("Content-Type", "application/json")]
        let signable = SignableRequest(method: method, host: host, path: path, query: query, headers: headers)
        let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: atMS / 1000)
        return wire(method, signed.wireURI, headers: signed.headers.map { ($0.name, $0.value) })
    }

    /// Splits a wire URI into path and raw query.
    static func wire(
        _ method: String, _ uri: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) -> EmulatorRequest {
        let parts = uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return EmulatorRequest(
            method: method, path: String(parts[0]), rawQuery: parts.count > 1 ? String(parts[1]) : "",
            headers: headers, body: body)
    }

    /// A list request with the given parameters, signed.
    static func list(_ query: [(String, String)] = []) -> EmulatorRequest { signed(query: query) }

    static func page(_ response: EmulatorResponse) throws -> JobListPage {
        try WireCoding.decode(JobListPage.self, from: Data(response.body), status: response.status)
    }

    static func error(_ response: EmulatorResponse) -> ErrorBody? {
        WireCoding.decodeError(from: Data(response.body))
    }

    static func json(_ response: EmulatorResponse) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
    }

    /// The documented password body for POST /v3/auth/tokens.
    static func tokenBody(
        user: String = identity.userName, password: String = identity.password, domain: String = identity.domainName,
        project: String? = Kit.project
    ) -> [UInt8] {
        var auth: [String: Any] = [
            "identity": [
                "methods": ["password"],
                "password": ["user": ["name": user, "password": password, "domain": ["name": domain]]],
            ] as [String: Any]
        ]
        if let project { auth["scope"] = ["project": ["id": project]] }
        return Array((try? JSONSerialization.data(withJSONObject: ["auth": auth])) ?? Data())
    }

    static func tokenRequest(body: [UInt8] = tokenBody()) -> EmulatorRequest {
        EmulatorRequest(
            method: "POST", path: "/v3/auth/tokens", headers: [("Content-Type", "application/json;charset=utf8")],
            body: body)
    }
}

/// A clock tests move by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int64

    init(_ start: Int64 = Kit.nowMS) { value = start }

    var nowMS: Int64 {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }

    func advance(seconds: Int64) { nowMS += seconds * 1000 }
}
