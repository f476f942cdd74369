import Foundation
import ModelArts

/// Fetches, caches and refreshes the IAM token for token authentication.
/// The token is cached until shortly before `expires_at` (5 minutes, or half the lifetime of a
/// short-lived token); concurrent callers share one in-flight fetch; a caller that is cancelled
/// stops waiting at once, and a fetch nobody waits for any more is cancelled too.
public actor TokenProvider {
    struct Cached {
        var token: String
        var refreshAt: Double
    }

    /// The longest safety margin before `expires_at`.
    public static let refreshMargin: Double = 300
    /// Assumed lifetime when IAM does not say (IAM tokens last 24 hours).
    public static let defaultLifetime: Double = 86_400

    private let credentials: TokenCredentials
    private let projectID: String
    private let transport: HTTPTransport
    private let requestTimeout: Duration
    private let userAgent: String
    private let now: @Sendable () -> Double

    private var cached: Cached?
    private var fetch: Task<Void, Never>?
    private var generation = 0
    private var waiters: [Int: CheckedContinuation<Result<String, APIError>, Never>] = [:]
    private var nextWaiter = 0
    /// Completed fetches (successful or not), for tests and diagnostics.
    public private(set) var fetchCount = 0

    init(
        credentials: TokenCredentials, projectID: String, transport: HTTPTransport, requestTimeout: Duration,
        userAgent: String, now: @escaping @Sendable () -> Double
    ) {
        self.credentials = credentials
        self.projectID = projectID
        self.transport = transport
        self.requestTimeout = requestTimeout
        self.userAgent = userAgent
        self.now = now
    }

    /// A valid token: the cached one, or a fresh one from IAM.
    public func token() async throws(APIError) -> String {
        if let c = cached, now() < c.refreshAt { return c.token }
        if Task.isCancelled { throw .cancelled }
        let id = nextWaiter
        nextWaiter += 1
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<String, APIError>, Never>) in
                waiters[id] = continuation
                startFetchIfNeeded()
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
        return try result.get()
    }

    /// Forgets `token` if it is still the cached one (the server said 401), so the next call fetches.
    public func invalidate(_ token: String) {
        if cached?.token == token { cached = nil }
    }

    private func startFetchIfNeeded() {
        guard fetch == nil else { return }
        generation += 1
        let current = generation
        fetch = Task { [credentials, projectID, transport, requestTimeout, userAgent, now] in
            let result = await Self.requestToken(
                credentials: credentials, projectID: projectID, transport: transport, timeout: requestTimeout,
                userAgent: userAgent, now: now)
            self.finish(result, generation: current)
        }
    }

    private func finish(_ result: Result<Cached, APIError>, generation finished: Int) {
        guard finished == generation else { return }
        fetch = nil
        fetchCount += 1
        if case .success(let c) = result { cached = c }
        let all = waiters
        waiters = [:]
        for (_, continuation) in all {
            continuation.resume(returning: result.map(\.token))
        }
    }

    private func cancelWaiter(_ id: Int) {
        guard let continuation = waiters.removeValue(forKey: id) else { return }
        continuation.resume(returning: .failure(.cancelled))
        if waiters.isEmpty, let task = fetch {
            // Nobody waits any more: leave no work behind.
            task.cancel()
            fetch = nil
            generation += 1
        }
    }
}

extension TokenProvider {
    /// `POST {iam}/v3/auth/tokens` with the documented password body; the token is the
    /// `X-Subject-Token` header, its expiry `token.expires_at` in the body.
    fileprivate static func requestToken(
        credentials: TokenCredentials, projectID: String, transport: HTTPTransport, timeout: Duration,
        userAgent: String, now: @Sendable () -> Double
    ) async -> Result<Cached, APIError> {
        let password: String
        do {
            password = try credentials.password()
        } catch {
            return .failure(.invalidRequest("cannot read the IAM password: \(OneLine.clean("\(error)", limit: 80))"))
        }
        let body = requestBody(credentials: credentials, password: password, projectID: projectID)
        let requestedAt = now()
        let result = await transport.send(
            method: "POST", url: credentials.iamEndpoint.url + "/v3/auth/tokens", logPath: "/v3/auth/tokens",
            headers: [
                ("Host", credentials.iamEndpoint.hostHeader),
                ("Content-Type", "application/json;charset=utf8"),
                ("User-Agent", userAgent),
            ],
            body: body, timeout: timeout, attempt: 1)
        switch result {
        case .failure(let error):
            return .failure(error)
        case .success(let response):
            guard (200...299).contains(response.status) else {
                return .failure(HTTPFailure.server(status: response.status, body: response.body))
            }
            guard let token = response.header("X-Subject-Token"), !token.isEmpty else {
                return .failure(.malformedBody(status: response.status, detail: "IAM sent no X-Subject-Token header"))
            }
            let expiresAt = expiry(response.body) ?? requestedAt + defaultLifetime
            let margin = min(refreshMargin, max(0, expiresAt - requestedAt) / 2)
            return .success(Cached(token: token, refreshAt: expiresAt - margin))
        }
    }

    static func requestBody(credentials: TokenCredentials, password: String, projectID: String) -> [UInt8] {
        let object: [String: Any] = [
            "auth": [
                "identity": [
                    "methods": ["password"],
                    "password": [
                        "user": [
                            "name": credentials.userName, "password": password,
                            "domain": ["name": credentials.domainName],
                        ] as [String: Any]
                    ],
                ] as [String: Any],
                "scope": ["project": ["id": projectID]],
            ] as [String: Any]
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Array(data)
    }

    /// `token.expires_at` (ISO 8601, e.g. `2024-01-02T03:04:05.123000Z`) as seconds since 1970.
    static func expiry(_ body: Data) -> Double? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let token = object["token"] as? [String: Any], let text = token["expires_at"] as? String
        else {
            return nil
        }
        return ISO8601Seconds.parse(text)
    }
}
