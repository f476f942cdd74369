import Foundation
import ModelArtsEmulator
import Synchronization
import TestSupport
import Testing

@testable import ModelArtsClient
@testable import ModelArts

@Suite("IAM token authentication")
struct TokenAuthTests {
    let query: JobListQuery

    init() throws {
        query = try JobListQuery()
    }

    @Test("fetches a token once, caches it, and sends it as X-Auth-Token")
    func cachesToken() async throws {
        try await ClientTestKit.withEmulator { server in
            let asked = Counter()
            let recorder = LogRecorder()
            let client = try ClientTestKit.tokenClient(for: server, logger: recorder.logger) {
                asked.increment()
                return ClientTestKit.identity.password
            }
            let first = try await client.listJobs(query)
            let second = try await client.listJobs(try query.onPage(2))
            #expect(first.totalCount == 57)
            #expect(second.jobs.count == 10)
            let provider = try #require(client.tokenProvider)
            #expect(await provider.fetchCount == 1)
            #expect(asked.count == 1)
            #expect(server.service.requestCount == 3)
            #expect(recorder.lines.first?.hasPrefix("POST /v3/auth/tokens 201 ") == true)
            #expect(recorder.lines.allSatisfy { !$0.contains(ClientTestKit.identity.password) })
        }
    }

    @Test("concurrent callers share one in-flight token fetch")
    func sharedFetch() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(latencyMS: 100)) { server in
            let client = try ClientTestKit.tokenClient(for: server)
            let totals = try await withThrowingTaskGroup(of: Int.self) { group in
                for page in 1...5 {
                    let q = try query.onPage(page)
                    group.addTask { try await client.listJobs(q).totalCount }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(totals == Array(repeating: 57, count: 5))
            #expect(await client.tokenProvider?.fetchCount == 1)
            #expect(server.service.requestCount == 6)
        }
    }

    @Test("a 401 for an expired token refreshes it once and the call succeeds")
    func refreshOn401() async throws {
        // The emulator's clock jumps past the token's lifetime; the client's clock does not move,
        // so only the server's 401 can tell the client its token is stale.
        let offsetMS = Mutex<Int64>(0)
        let emulatorNow: @Sendable () -> Int64 = {
            Int64(Date().timeIntervalSince1970 * 1000) + offsetMS.withLock { $0 }
        }
        let frozen = Date().timeIntervalSince1970
        try await ClientTestKit.withEmulator(tokenLifetimeSeconds: 3600, now: emulatorNow) { server in
            let client = try ClientTestKit.tokenClient(for: server, now: { frozen })
            _ = try await client.listJobs(query)
            offsetMS.withLock { $0 = 2 * 3_600_000 }
            let page = try await client.listJobs(query)
            #expect(page.totalCount == 57)
            #expect(await client.tokenProvider?.fetchCount == 2)
            // token, list, list (401), token, list
            #expect(server.service.requestCount == 5)
        }
    }

    @Test("the cached token is used until 5 minutes before expires_at, then fetched again")
    func refreshBeforeExpiry() async throws {
        let shift = Mutex<Double>(0)
        let clientNow: @Sendable () -> Double = { Date().timeIntervalSince1970 + shift.withLock { $0 } }
        try await ClientTestKit.withEmulator(tokenLifetimeSeconds: 3600) { server in
            let client = try ClientTestKit.tokenClient(for: server, now: clientNow)
            _ = try await client.listJobs(query)
            shift.withLock { $0 = 3000 }
            _ = try await client.listJobs(query)
            #expect(await client.tokenProvider?.fetchCount == 1)
            shift.withLock { $0 = 3400 }
            _ = try await client.listJobs(query)
            #expect(await client.tokenProvider?.fetchCount == 2)
            // token, list, list, token, list: no 401 was needed
            #expect(server.service.requestCount == 5)
        }
    }

    @Test("a second 401 after the refresh is returned, not looped on")
    func refreshOnlyOnce() async throws {
        try await ClientTestKit.withEmulator(tokenLifetimeSeconds: 0) { server in
            let client = try ClientTestKit.tokenClient(for: server)
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            let answer = try #require(error.serverAnswer, "unexpected \(error)")
            #expect(answer.status == 401 && answer.code == "ModelArts.0202", "unexpected \(error)")
            #expect(error.message.contains("token"))
            #expect(await client.tokenProvider?.fetchCount == 2)
            #expect(server.service.requestCount == 4)
        }
    }

    @Test("a wrong password is an IAM 401 that never shows the password")
    func wrongPassword() async throws {
        let wrong = "not-the-password-123"
        try await ClientTestKit.withEmulator { server in
            let client = try ClientTestKit.tokenClient(for: server) { wrong }
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(error.httpStatus == 401)
            #expect(error.isAuthentication)
            #expect(!error.message.contains(wrong))
            #expect(!"\(client.configuration)".contains(wrong))
            #expect(server.service.requestCount == 1)
        }
    }

    @Test("a password that cannot be read fails the call with a clear line")
    func passwordUnavailable() async throws {
        struct NoTerminal: Error, CustomStringConvertible {
            var description: String { "no terminal" }
        }
        try await ClientTestKit.withEmulator { server in
            let client = try ClientTestKit.tokenClient(for: server) { throw NoTerminal() }
            let error = try #require(await ClientTestKit.failure { try await client.listJobs(query) })
            #expect(error == .invalidRequest("cannot read the IAM password: no terminal"))
            #expect(server.service.requestCount == 0)
        }
    }

    @Test("cancelling a caller waiting for a token returns at once and cancels the unwanted fetch")
    func cancelWhileFetching() async throws {
        try await ClientTestKit.withEmulator(faults: FaultPlan(hang: true)) { server in
            let client = try ClientTestKit.tokenClient(for: server, requestTimeout: 300)
            let (error, seconds) = try await ClientTestKit.cancelledListing(client, query) {
                try await ClientTestKit.firstRequest(at: server)
            }
            #expect(error == .cancelled)
            #expect(seconds < 150)  // half the 300 s request timeout: a missed cancel waits it out
            // The abandoned fetch was cancelled too: it never completes.
            #expect(await client.tokenProvider?.fetchCount == 0)
        }
    }

    @Test("token expiry is read from expires_at, with or without fractions and offsets")
    func expiryParsing() {
        #expect(ISO8601Seconds.parse("1970-01-02T00:00:00Z") == 86_400)
        #expect(ISO8601Seconds.parse("2024-01-02T03:04:05.500000Z") == 1_704_164_645.5)
        #expect(ISO8601Seconds.parse("2024-01-02T11:04:05+08:00") == 1_704_164_645)
        #expect(ISO8601Seconds.parse("2024-01-02") == nil)
        #expect(ISO8601Seconds.parse("2024-01-02T03:04:05Zjunk") == nil)
        #expect(ISO8601Seconds.parse("2024-01-01T20:04:05-07:00") == 1_704_164_645, "a negative offset")
        #expect(ISO8601Seconds.parse("2024-01-02 03:04:05Z") == 1_704_164_645, "a space for the T")
        #expect(ISO8601Seconds.parse("2024-02-29T00:00:00Z") == 1_709_164_800, "a leap day")
        #expect(ISO8601Seconds.parse("2023-02-29T00:00:00Z") == nil, "not a real date")
        #expect(ISO8601Seconds.parse("2024-01-02T24:00:00Z") == nil, "not a real time")
        #expect(ISO8601Seconds.parse("2024-01-02T03:04:05+0800") == nil, "an offset without a colon")
    }
}
