import AsyncHTTPClient
import Foundation
import Logging
import ModelArts
import Synchronization

/// The real `JobsAPI`: v1 list and versions, v2 search, detail and events over AsyncHTTPClient, signed with AK/SK or carrying an
/// IAM token, with timeouts, bounded retries for GETs and prompt cancellation.
public final class ModelArtsHTTPClient: JobsAPI {
    public let configuration: ClientConfiguration
    /// The token provider in token mode (nil with AK/SK).
    public let tokenProvider: TokenProvider?
    let transport: HTTPTransport
    let now: @Sendable () -> Double
    let jitter: @Sendable () -> Double
    let sleep: @Sendable (Duration) async throws -> Void
    /// How this server pages v2 searches, learnt once per client (see `V2Pager`); made on first use.
    let v2PagerBox = Mutex<V2Pager?>(nil)
    /// How this server reads the log `order` words, per API, learnt once per client (see `LogOrderReading`).
    let logReadings = Mutex<[APIVersion: LogOrderReading]>([:])

    /// A logger that drops everything: the default, so a library never prints on its own.
    public static let silentLogger = Logger(label: "majobs.client", factory: { _ in SwiftLogNoOpLogHandler() })

    /// - Parameters:
    ///   - httpClient: nil uses a process-wide client with `configuration.connectTimeout` that does
    ///     not re-connect silently (see `ModelArtsHTTPClients`); an injected client keeps its own
    ///     connect behaviour and is only bounded by the request deadline.
    ///   - logger: receives one debug line per request; never a header value.
    ///   - now: seconds since 1970, for `X-Sdk-Date` and token expiry.
    ///   - jitter: a value in `0...1` per retry wait.
    ///   - sleep: waits between attempts (tests record the waits instead); throws when the task is cancelled.
    public init(
        configuration: ClientConfiguration, httpClient: HTTPClient? = nil, logger: Logger = silentLogger,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.configuration = configuration
        let http = httpClient ?? ModelArtsHTTPClients.client(connectTimeout: configuration.connectTimeout)
        let transport = HTTPTransport(http: http, connectTimeout: configuration.connectTimeout, logger: logger)
        self.transport = transport
        self.now = now
        self.jitter = jitter
        self.sleep = sleep
        if case .token(let credentials) = configuration.authentication {
            tokenProvider = TokenProvider(
                credentials: credentials, projectID: configuration.projectID, transport: transport,
                requestTimeout: configuration.requestTimeout, userAgent: configuration.userAgent, now: now)
        } else {
            tokenProvider = nil
        }
    }

    public func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage {
        let response = try await get(path: "/v1/\(configuration.projectID)/training-jobs", query: query.parameters)
        return try WireCoding.decode(JobListPage.self, from: response.body, status: response.status)
    }

    public func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList {
        let id = PercentEncoding.encode(jobID.description)
        let response = try await get(path: "/v1/\(configuration.projectID)/training-jobs/\(id)/versions", query: [])
        return try WireCoding.decode(JobVersionList.self, from: response.body, status: response.status)
    }

    /// A GET with retries: connection errors, 429 (waiting `Retry-After`, capped) and 502/503/504
    /// are retried with jittered exponential backoff, within the policy's total time; in token mode
    /// a 401 refreshes the token once. Everything else fails at once.
    func get(path: String, query: [(String, String)]) async throws(APIError) -> HTTPTransport.Response {
        try await read(method: "GET", path: path, query: query, body: nil)
    }

    /// A read with retries, as `get` describes: a GET, or a POST that only searches (the v2 list),
    /// whose JSON body is signed and sent as the same bytes on every attempt.
    func read(
        method: String, path: String, query: [(String, String)], body: [UInt8]?
    ) async throws(APIError) -> HTTPTransport.Response {
        let policy = configuration.retry
        let clock = ContinuousClock()
        let total = policy.totalTimeout(requestTimeout: configuration.requestTimeout)
        let deadline = clock.now + total
        var attempt = 1
        var refreshedToken = false
        while true {
            if Task.isCancelled { throw .cancelled }
            let remaining = deadline - clock.now
            guard remaining > .zero else { throw .timeout(seconds: total.inSeconds) }
            let timeout = min(configuration.requestTimeout, remaining)
            let request = try await authorized(method: method, path: path, query: query, body: body)
            let result = await transport.send(
                method: method, url: configuration.endpoint.url + request.wireURI, logPath: path,
                headers: request.headers, body: body, timeout: timeout, attempt: attempt)
            var waitHint: Duration?
            let failure: APIError
            switch result {
            case .success(let response) where (200...299).contains(response.status):
                return response
            case .success(let response):
                if response.status == 401, let token = request.token, let provider = tokenProvider, !refreshedToken {
                    refreshedToken = true
                    await provider.invalidate(token)
                    continue
                }
                if response.status == 429 {
                    let header = response.header("Retry-After")
                    waitHint = policy.retryAfterDelay(header)
                    let asked = header.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                    failure = .rateLimited(retryAfterSeconds: asked)
                } else {
                    failure = HTTPFailure.server(status: response.status, body: response.body)
                }
            case .failure(let error):
                failure = error
            }
            guard failure.isRetryable, attempt < policy.maxAttempts else { throw failure }
            let delay = waitHint ?? policy.backoff(afterAttempt: attempt, unit: jitter())
            // A wait that would end past the deadline cannot lead to an answer in time.
            guard deadline - clock.now > delay else { throw failure }
            do {
                try await sleep(delay)
            } catch {
                throw .cancelled
            }
            attempt += 1
        }
    }
}
