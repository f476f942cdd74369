import ModelArtsEmulator
import Synchronization
import Testing

@testable import ModelArtsClient
@testable import ModelArts

/// The exact waits of the retry path, recorded by an injected sleeper instead of measured on the wall clock
/// (a loaded machine passes any lower bound on elapsed time).
@Suite("Retry waits: Retry-After, backoff, attempts")
struct RetryWaitTests {
    let query: JobListQuery

    init() throws {
        query = try JobListQuery()
    }

    /// Records every wait the client asks for and returns at once; `onWait` runs before it returns.
    final class Sleeper: Sendable {
        private let state = Mutex<[Duration]>([])
        let onWait: @Sendable (Duration) -> Void

        init(onWait: @escaping @Sendable (Duration) -> Void = { _ in }) {
            self.onWait = onWait
        }

        var waits: [Duration] { state.withLock { $0 } }

        func sleep(_ duration: Duration) async throws {
            state.withLock { $0.append(duration) }
            onWait(duration)
        }
    }

    /// A client for `server` whose waits go to `sleeper`, with a fixed jitter draw.
    static func client(
        for server: EmulatorServer, retry: RetryPolicy, jitter: Double = 1, sleeper: Sleeper,
        requestTimeout: Double = 15
    ) throws -> ModelArtsHTTPClient {
        ModelArtsHTTPClient(
            configuration: try ClientTestKit.configuration(
                endpoint: server.endpoint, requestTimeout: requestTimeout, retry: retry),
            jitter: { jitter }, sleep: { try await sleeper.sleep($0) })
    }

    @Test("429 waits exactly the Retry-After seconds when under the cap, then succeeds")
    func retryAfterHonoured() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(rateLimitProbability: 1, retryAfterSeconds: 3)) {
            server in
            let sleeper = Sleeper { _ in server.service.setFaults(.none) }
            let retry = RetryPolicy(maxAttempts: 3, baseBackoff: .milliseconds(10), maxRetryAfter: .seconds(5))
            let client = try Self.client(for: server, retry: retry, sleeper: sleeper)
            let page = try await client.listJobs(query)
            #expect(page.jobs.count == 10)
            #expect(sleeper.waits == [.seconds(3)])
            #expect(server.service.requestCount == 2)
        }
    }

    @Test("a Retry-After above the cap is cut to it, and a lasting 429 stops after the attempts")
    func retryAfterCapped() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(rateLimitProbability: 1, retryAfterSeconds: 30)) {
            server in
            let sleeper = Sleeper()
            let retry = RetryPolicy(maxAttempts: 3, maxRetryAfter: .seconds(2))
            let client = try Self.client(for: server, retry: retry, sleeper: sleeper)
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(error == .rateLimited(retryAfterSeconds: 30))
            #expect(sleeper.waits == [.seconds(2), .seconds(2)])
            #expect(server.service.requestCount == 3)
        }
    }

    @Test("a 503 backs off from the base, doubling, capped, and scaled by the jitter draw")
    func backoffWaits() async throws {
        let retry = RetryPolicy(maxAttempts: 5, baseBackoff: .milliseconds(200), maxBackoff: .milliseconds(500))
        for (jitter, expected) in [
            (1.0, [Duration.milliseconds(200), .milliseconds(400), .milliseconds(500), .milliseconds(500)]),
            (0.0, [Duration.milliseconds(100), .milliseconds(200), .milliseconds(250), .milliseconds(250)]),
        ] {
            try await ClientTestKit.withEmulator(faults: FaultPlan(errorRates: [503: 1])) { server in
                let sleeper = Sleeper()
                let client = try Self.client(for: server, retry: retry, jitter: jitter, sleeper: sleeper)
                let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
                #expect(error.httpStatus == 503)
                #expect(sleeper.waits == expected, "jitter \(jitter)")
                #expect(server.service.requestCount == 5)
            }
        }
    }

    @Test("a wait that would end past the whole call's deadline is not taken")
    func waitPastDeadline() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(rateLimitProbability: 1, retryAfterSeconds: 90)) {
            server in
            // The deadline leaves the first request ample time on a loaded machine; only the wait overruns it.
            let sleeper = Sleeper()
            let retry = RetryPolicy(maxAttempts: 3, maxRetryAfter: .seconds(90), totalTimeout: .seconds(60))
            let client = try Self.client(for: server, retry: retry, sleeper: sleeper)
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(error == .rateLimited(retryAfterSeconds: 90))
            #expect(sleeper.waits.isEmpty)
            #expect(server.service.requestCount == 1)
        }
    }

    @Test("a timed-out read is not retried: no wait, one request")
    func timeoutNotRetried() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(latencyMS: 800)) { server in
            let sleeper = Sleeper()
            let client = try Self.client(
                for: server, retry: ClientTestKit.fastRetry, sleeper: sleeper, requestTimeout: 0.3)
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(error == .timeout(seconds: 0.3))
            #expect(sleeper.waits.isEmpty)
            #expect(server.service.requestCount == 1)
        }
    }
}
