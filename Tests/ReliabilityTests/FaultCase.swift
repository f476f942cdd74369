import ModelArtsEmulator
import Testing

/// One injected fault and what `majobs list` must do about it.
struct FaultCase: Sendable, CustomTestStringConvertible {
    var caseID: String
    var title: String
    var plan: FaultPlan = .none
    /// API requests the emulator counts before the run (fault variants alternate by request parity).
    var advance = 0
    /// Sign with a wrong secret key (a genuine 401 from the signature check).
    var wrongSecret = false
    /// Point at a port nothing listens on.
    var refused = false
    /// Text the one stderr line must hold.
    var expect: String
    /// How many API requests the emulator may see (nil: not countable, e.g. refused).
    var requests: ClosedRange<Int>?
    var minSeconds: Double = 0
    var maxSeconds: Double
    /// True for faults the client must ride out (a slow answer within the timeout).
    var succeeds = false

    var testDescription: String { "\(caseID) \(title)" }

    /// Every fault of issue 5 that can run on loopback.
    static let all: [FaultCase] = [
        FaultCase(
            caseID: "F01", title: "HTTP 500 with a ModelArts error body, not retried",
            plan: FaultPlan(errorRates: [500: 1]), expect: "HTTP 500 ModelArts.0010", requests: 1...1,
            maxSeconds: 10),
        FaultCase(
            caseID: "F02", title: "HTTP 503 with an HTML body, retried 3 times with backoff",
            plan: FaultPlan(errorRates: [503: 1]), expect: "HTTP 503", requests: 3...3, minSeconds: 0.3,
            maxSeconds: 15),
        FaultCase(
            caseID: "F03", title: "HTTP 429 with Retry-After: 1, honoured, 3 attempts",
            plan: FaultPlan(rateLimitProbability: 1, retryAfterSeconds: 1), expect: "HTTP 429",
            requests: 3...3, minSeconds: 2, maxSeconds: 30),
        FaultCase(
            caseID: "F04", title: "a response that never comes ends at the 15 s request timeout",
            plan: FaultPlan(hang: true), expect: "timed out", requests: 1...1, minSeconds: 14,
            maxSeconds: 40),
        FaultCase(
            caseID: "F05", title: "a slow (2.5 s) response within the timeout succeeds",
            plan: FaultPlan(latencyMS: 2500), expect: "", requests: 1...1, minSeconds: 2.5, maxSeconds: 30,
            succeeds: true),
        FaultCase(
            caseID: "F06", title: "a malformed JSON body", plan: FaultPlan(malformedProbability: 1),
            expect: "malformed response", requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F07", title: "a truncated body", plan: FaultPlan(truncatedProbability: 1),
            expect: "malformed response", requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F08", title: "wrong JSON types: jobs as an object",
            plan: FaultPlan(wrongTypesProbability: 1), expect: "malformed response: jobs",
            requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F09", title: "wrong JSON types: job_total_count \"many\"",
            plan: FaultPlan(wrongTypesProbability: 1), advance: 1, expect: "job_total_count",
            requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F10", title: "is_success false with error_msg",
            plan: FaultPlan(isSuccessFalseProbability: 1), expect: "ModelArts.0105: Error string",
            requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F11", title: "is_success false with error_message",
            plan: FaultPlan(isSuccessFalseProbability: 1), advance: 1,
            expect: "ModelArts.0105: Error string", requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F12", title: "401 from a bad signature, never retried", wrongSecret: true,
            expect: "HTTP 401 APIGW.0301", requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F13", title: "an injected gateway 401, never retried",
            plan: FaultPlan(errorRates: [401: 1]), expect: "HTTP 401", requests: 1...1, maxSeconds: 10),
        FaultCase(
            caseID: "F14", title: "a refused connection, retried within the bound", refused: true,
            expect: "cannot reach the server", maxSeconds: 20),
    ]
}
