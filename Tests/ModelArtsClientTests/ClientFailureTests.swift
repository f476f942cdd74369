import Foundation
import ModelArtsEmulator
import TestSupport
import Testing

@testable import ModelArtsClient
@testable import ModelArts

@Suite("HTTP client failures: auth, retries, timeouts, broken bodies")
struct ClientFailureTests {
    let query: JobListQuery

    init() throws {
        query = try JobListQuery()
    }

    @Test("a wrong secret key is a 401 APIGW.0301 naming the credential to check, never retried")
    func wrongSecretKey() async throws {
        let secret = "definitely-not-the-secret-key-0000"
        try await ClientTestKit.withEmulator { server in
            let recorder = LogRecorder()
            let client = try ClientTestKit.client(for: server, secretKey: secret, logger: recorder.logger)
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            let answer = try #require(error.serverAnswer, "unexpected \(error)")
            #expect(answer.status == 401 && answer.code == "APIGW.0301", "unexpected \(error)")
            #expect(error.isAuthentication)
            #expect(error.message.contains("HUAWEICLOUD_SDK_SK"))
            #expect(!error.message.contains(secret))
            #expect(!"\(client.configuration)".contains(secret))
            #expect(recorder.lines.allSatisfy { !$0.contains(secret) })
            #expect(server.service.requestCount == 1)
        }
    }

    @Test("a 503 with an HTML body is retried, and once it clears the call succeeds")
    func retry503ThenSuccess() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(errorRates: [503: 1])) { server in
            // The fault is lifted when the first failure is logged, i.e. before the retry is sent.
            let recorder = LogRecorder { line in
                if line.contains(" 503 ") { server.service.setFaults(.none) }
            }
            let client = try ClientTestKit.client(for: server, logger: recorder.logger)
            let page = try await client.listJobs(query)
            #expect(page.totalCount == 57)
            #expect(server.service.requestCount == 2)
            #expect(recorder.lines.last?.hasSuffix("attempt=2") == true)
        }
    }

    @Test("a lasting 503 gives up after the attempts with a short message, not the HTML page")
    func retry503Exhausted() async throws {
        try await ClientTestKit.withClient(faults: FaultPlan(errorRates: [503: 1])) { client, server in
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(error == .server(status: 503, code: nil, message: "Service Unavailable"))
            #expect(!error.message.contains("<"))
            #expect(server.service.requestCount == 3)
        }
    }

    @Test("502 and 504 are retried too; 500 and 403 are not")
    func whichStatusesRetry() async throws {
        for (status, expected) in [(502, 3), (504, 3), (500, 1), (403, 1), (400, 1)] {
            try await ClientTestKit.withClient(faults: FaultPlan(errorRates: [status: 1])) { client, server in
                let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
                #expect(error.httpStatus == status)
                #expect(server.service.requestCount == expected, "status \(status)")
            }
        }
    }

    /// The exact waits (capped, under the cap, attempts) are pinned by `RetryWaitTests` with a recording
    /// sleeper; this is the one check that the default sleeper really waits on the clock. Only a lower bound:
    /// a loaded machine makes a wait longer, never shorter.
    @Test("without an injected sleeper a 429 really waits its Retry-After before the retry")
    func retryAfterWaitsOnTheClock() async throws {
        let faults = FaultPlan(rateLimitProbability: 1, retryAfterSeconds: 1)
        try await ClientTestKit.withEmulator(faults: faults) { server in
            let recorder = LogRecorder { line in
                if line.contains(" 429 ") { server.service.setFaults(.none) }
            }
            let retry = RetryPolicy(
                maxAttempts: 2, baseBackoff: .milliseconds(10), maxBackoff: .milliseconds(10),
                maxRetryAfter: .seconds(5))
            let client = try ClientTestKit.client(for: server, retry: retry, logger: recorder.logger)
            let (page, seconds) = try await ClientTestKit.timed { try await client.listJobs(query) }
            #expect(page.jobs.count == 10)
            #expect(server.service.requestCount == 2)
            #expect(seconds >= 1)
        }
    }

    @Test("latency beyond the request timeout is a timeout, not retried")
    func latencyTimeout() async throws {
        try await ClientTestKit.withClient(faults: FaultPlan(latencyMS: 800), requestTimeout: 0.3) { client, server in
            // No wall-clock bound: the answer comes after 0.8 s, so a missed timeout ends in a page, not an error.
            let error = await ClientTestKit.failure { try await client.listJobs(query) }
            #expect(error == .timeout(seconds: 0.3))
            #expect(server.service.requestCount == 1)
        }
    }

    @Test("a server that never answers times out at the deadline")
    func hang() async throws {
        try await ClientTestKit.withClient(faults: FaultPlan(hang: true), requestTimeout: 0.3) { client, _ in
            let (error, seconds) = await ClientTestKit.timed {
                await ClientTestKit.failure { try await client.listJobs(query) }
            }
            // The error names the 0.3 s request timeout, and without one the call never returns at all, so
            // no upper bound: in the full run a starved cooperative pool alone delays a resume by ~1 minute.
            #expect(error == .timeout(seconds: 0.3))
            #expect(seconds >= 0.25)
        }
    }

    @Test("a refused connection fails fast as a connection error")
    func refused() async throws {
        let port = try await ClientTestKit.closedPort()
        let client = ModelArtsHTTPClient(
            configuration: try ClientTestKit.configuration(
                endpoint: "http://127.0.0.1:\(port)", connectTimeout: 1, requestTimeout: 300))
        let (error, seconds) = await ClientTestKit.timed {
            await ClientTestKit.failure { try await client.listJobs(query) }
        }
        let text = try #require(error?.connectionText, "unexpected \(String(describing: error))")
        #expect(text.contains("refused"))
        #expect(text.contains("127.0.0.1:\(port)"))
        // Not waiting out the 300 s request timeout (AHC's default re-connecting would). The bound is wide on
        // purpose: in the full run under load, CPU-heavy suites held both pool threads for ~1 minute.
        #expect(seconds < 150)
    }

    @Test(
        "malformed, truncated and wrongly typed bodies are malformedBody errors",
        arguments: [
            FaultPlan(malformedProbability: 1), FaultPlan(truncatedProbability: 1), FaultPlan(wrongTypesProbability: 1),
        ])
    func brokenBodies(plan: FaultPlan) async throws {
        try await ClientTestKit.withClient(faults: plan) { client, server in
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(try #require(error.malformed, "unexpected \(error)").status == 200)
            #expect(server.service.requestCount == 1)
        }
    }

    @Test("HTTP 200 with is_success false is a server error with its code and message")
    func isSuccessFalse() async throws {
        try await ClientTestKit.withClient(faults: FaultPlan(isSuccessFalseProbability: 1)) { client, server in
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            let answer = try #require(error.serverAnswer, "unexpected \(error)")
            #expect(answer.status == 200)
            let code = try #require(answer.code), message = try #require(answer.message)
            #expect(!code.isEmpty)
            #expect(!message.isEmpty)
        }
    }

    @Test("cancelling a request to a hanging server returns promptly with cancelled")
    func cancellation() async throws {
        try await ClientTestKit.withClient(faults: FaultPlan(hang: true), requestTimeout: 300) { client, server in
            // Cancelled once the request is at the server, so the cancel hits an in-flight request.
            let (error, seconds) = try await ClientTestKit.cancelledListing(client, query) {
                try await ClientTestKit.firstRequest(at: server)
                #expect(server.service.requestCount == 1)
            }
            #expect(error == .cancelled)
            #expect(seconds < 150)  // half the 300 s request timeout: a missed cancel waits it out
        }
    }

    @Test("a cancelled task does not sleep through its retry backoff")
    func cancellationDuringBackoff() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(errorRates: [503: 1])) { server in
            // A backoff of 300-600 s (jitter halves at most), so a missed cancel cannot pass the bound below.
            let retry = RetryPolicy(maxAttempts: 3, baseBackoff: .seconds(600), maxBackoff: .seconds(600))
            let gate = AsyncStream<Void>.makeStream()
            let recorder = LogRecorder { _ in gate.continuation.yield() }
            let client = try ClientTestKit.client(for: server, retry: retry, logger: recorder.logger)
            // Cancelled once the first 503 is logged, i.e. while the client waits out its backoff.
            let (error, seconds) = try await ClientTestKit.cancelledListing(client, query) {
                var iterator = gate.stream.makeAsyncIterator()
                _ = await iterator.next()
            }
            #expect(error == .cancelled)
            #expect(seconds < 150)
            #expect(server.service.requestCount == 1)
        }
    }
}
