import Foundation
import Logging
import MajobsSettings
import ModelArts
import ModelArtsEmulator
import Synchronization
import TestSupport
import Testing

@testable import ModelArtsClient

/// Helpers shared by the client tests: an emulator on loopback, a client with small timeouts,
/// a log recorder that can also act when a request line is logged.
enum ClientTestKit {
    static let identity = EmulatorIdentity.demo

    /// Tiny backoff so the suite stays quick. Timeouts are roomy: the emulator shares this process with
    /// every other suite on a 2-core machine; tests about timeouts pass their own short ones.
    static func configuration(
        endpoint: String, secretKey: String = identity.secretKey, connectTimeout: Double = 5,
        requestTimeout: Double = 15, retry: RetryPolicy = fastRetry
    ) throws -> ClientConfiguration {
        try ClientConfiguration(
            endpoint: endpoint, projectID: identity.projectID,
            authentication: .akSk(SigningCredentials(accessKey: identity.accessKey, secretKey: secretKey)),
            connectTimeout: .seconds(connectTimeout), requestTimeout: .seconds(requestTimeout), retry: retry)
    }

    static let fastRetry = RetryPolicy(
        maxAttempts: 3, baseBackoff: .milliseconds(10), maxBackoff: .milliseconds(50),
        maxRetryAfter: .milliseconds(50))

    static func start(
        jobs: Int = 57, faults: FaultPlan = .none, tokenLifetimeSeconds: Int = 86_400,
        now: (@Sendable () -> Int64)? = nil, adjust: (inout EmulatorConfiguration) -> Void = { _ in }
    ) async throws -> EmulatorServer {
        var config = EmulatorConfiguration(
            jobCount: jobs, seed: 7, identity: identity, port: 0, faults: faults,
            tokenLifetimeSeconds: tokenLifetimeSeconds)
        adjust(&config)
        if let now { return try await EmulatorServer.start(config, now: now) }
        return try await EmulatorServer.start(config)
    }

    /// Runs `body` against a fresh emulator and always stops it.
    static func withEmulator<T>(
        jobs: Int = 57, faults: FaultPlan = .none, tokenLifetimeSeconds: Int = 86_400,
        now: (@Sendable () -> Int64)? = nil, adjust: (inout EmulatorConfiguration) -> Void = { _ in },
        _ body: (EmulatorServer) async throws -> T
    ) async throws -> T {
        let server = try await start(
            jobs: jobs, faults: faults, tokenLifetimeSeconds: tokenLifetimeSeconds, now: now, adjust: adjust)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    /// An AK/SK client for `server`, with the knobs of `configuration`.
    static func client(
        for server: EmulatorServer, secretKey: String = identity.secretKey, requestTimeout: Double = 15,
        retry: RetryPolicy = fastRetry, logger: Logger = ModelArtsHTTPClient.silentLogger
    ) throws -> ModelArtsHTTPClient {
        ModelArtsHTTPClient(
            configuration: try configuration(
                endpoint: server.endpoint, secretKey: secretKey, requestTimeout: requestTimeout, retry: retry),
            logger: logger)
    }

    /// An IAM-token (password) client for `server`; `now` is the client's clock. A trailing closure is `password`.
    static func tokenClient(
        for server: EmulatorServer, requestTimeout: Double = 15, logger: Logger = ModelArtsHTTPClient.silentLogger,
        password: @escaping @Sendable () throws -> String = { identity.password },
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) throws -> ModelArtsHTTPClient {
        let iam = try ServiceEndpoint(parsing: server.endpoint)
        let credentials = TokenCredentials(
            userName: identity.userName, domainName: identity.domainName, password: password, iamEndpoint: iam)
        let configuration = try ClientConfiguration(
            endpoint: server.endpoint, projectID: identity.projectID, authentication: .token(credentials),
            connectTimeout: .seconds(5), requestTimeout: .seconds(requestTimeout), retry: fastRetry)
        return ModelArtsHTTPClient(configuration: configuration, logger: logger, now: now)
    }

    /// Runs `body` with a fresh emulator and an AK/SK client for it, and always stops the emulator.
    static func withClient<T>(
        jobs: Int = 57, faults: FaultPlan = .none, requestTimeout: Double = 15,
        _ body: (ModelArtsHTTPClient, EmulatorServer) async throws -> T
    ) async throws -> T {
        try await withEmulator(jobs: jobs, faults: faults) { server in
            try await body(try client(for: server, requestTimeout: requestTimeout), server)
        }
    }

    /// Lists `query` in a task, runs `ready` (which waits until the request is where the test wants it),
    /// then cancels the task: how the call ended, and the seconds it took to end after the cancel.
    static func cancelledListing(
        _ client: ModelArtsHTTPClient, _ query: JobListQuery, once ready: () async throws -> Void
    ) async throws -> (APIError?, Double) {
        let task = Task { await failure { try await client.listJobs(query) } }
        defer { task.cancel() }  // also when `ready` throws, so no request is left hanging
        try await ready()
        return await timed {
            task.cancel()
            return await task.value
        }
    }

    /// Waits until `server` has received a request.
    static func firstRequest(at server: EmulatorServer) async throws {
        try await eventually("a request at the emulator", every: .milliseconds(10)) {
            server.service.requestCount > 0
        }
    }

    /// A port with nothing listening: bound by an emulator that has stopped.
    static func closedPort() async throws -> Int {
        // A privileged port nothing on a test machine listens on. (A port freed by stopping a server
        // is not safe: tests run in parallel and the kernel may hand it to another test's server.)
        1
    }

    /// Runs `body` and returns its result with the wall time it took.
    static func timed<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let value = try await body()
        let d = clock.now - start
        return (value, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    /// The error a call threw as an `APIError`, or nil when it succeeded.
    static func failure<T>(_ body: () async throws -> T) async -> APIError? {
        do {
            _ = try await body()
            return nil
        } catch let error as APIError {
            return error
        } catch {
            Issue.record("not an APIError: \(error)")
            return nil
        }
    }
}

/// Collects log lines; `onLine` runs synchronously as each is logged (before the client goes on).
final class LogRecorder: Sendable {
    private let state = Mutex<[String]>([])
    let onLine: @Sendable (String) -> Void

    init(onLine: @escaping @Sendable (String) -> Void = { _ in }) {
        self.onLine = onLine
    }

    var lines: [String] { state.withLock { $0 } }

    var logger: Logger {
        Logger(label: "test") { _ in RecordingHandler(recorder: self) }
    }

    fileprivate func append(_ line: String) {
        state.withLock { $0.append(line) }
        onLine(line)
    }
}

private struct RecordingHandler: LogHandler {
    let recorder: LogRecorder
    var logLevel: Logger.Level = .debug
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        recorder.append(event.message.description)
    }
}

/// A counter shared with `@Sendable` closures.
final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}
