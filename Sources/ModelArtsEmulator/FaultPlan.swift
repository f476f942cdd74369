/// Which faults the emulator injects, each drawn independently per request from the seed and the
/// request number, so a run with the same seed and the same request order fails the same way.
public struct FaultPlan: Sendable, Codable, Equatable {
    /// Extra latency before every answer.
    public var latencyMS: Int
    /// HTTP status -> probability of answering with it (a documented ModelArts/APIG error body;
    /// 503 gets an HTML body as a load balancer sends). Rates add up: one draw picks at most one.
    public var errorRates: [Int: Double]
    /// Probability of `429 Too Many Requests` with `Retry-After: retryAfterSeconds`.
    public var rateLimitProbability: Double
    public var retryAfterSeconds: Int
    /// Probability that a successful body is replaced by invalid JSON.
    public var malformedProbability: Double
    /// Probability that a successful body is cut in half.
    public var truncatedProbability: Double
    /// Probability of well-formed JSON with wrong types (`job_total_count: "many"`, `jobs` as an object).
    public var wrongTypesProbability: Double
    /// Never answer any API request (control endpoints still answer).
    public var hang: Bool
    /// Probability of HTTP 200 carrying `is_success: false` (alternating `error_msg` / `error_message`).
    public var isSuccessFalseProbability: Double

    public init(
        latencyMS: Int = 0, errorRates: [Int: Double] = [:], rateLimitProbability: Double = 0,
        retryAfterSeconds: Int = 1, malformedProbability: Double = 0, truncatedProbability: Double = 0,
        wrongTypesProbability: Double = 0, hang: Bool = false, isSuccessFalseProbability: Double = 0
    ) {
        self.latencyMS = latencyMS
        self.errorRates = errorRates
        self.rateLimitProbability = rateLimitProbability
        self.retryAfterSeconds = retryAfterSeconds
        self.malformedProbability = malformedProbability
        self.truncatedProbability = truncatedProbability
        self.wrongTypesProbability = wrongTypesProbability
        self.hang = hang
        self.isSuccessFalseProbability = isSuccessFalseProbability
    }

    /// No faults at all.
    public static let none = FaultPlan()

    /// A one-line reason the plan is unusable, or nil when it is valid.
    public var problem: String? {
        let probabilities: [(String, Double)] =
            [
                ("rate_limit_probability", rateLimitProbability), ("malformed_probability", malformedProbability),
                ("truncated_probability", truncatedProbability), ("wrong_types_probability", wrongTypesProbability),
                ("is_success_false_probability", isSuccessFalseProbability),
            ] + errorRates.sorted(by: { $0.key < $1.key }).map { ("error_rates[\($0.key)]", $0.value) }
        for (name, p) in probabilities where !(0...1).contains(p) {
            return "\(name) \(p) is not a probability between 0 and 1"
        }
        if let bad = errorRates.keys.sorted().first(where: { !(400...599).contains($0) }) {
            return "error_rates status \(bad) is not an HTTP error status (400...599)"
        }
        if errorRates.values.reduce(0, +) > 1.000_001 {
            return "error_rates add up to more than 1"
        }
        if !(0...600_000).contains(latencyMS) { return "latency_ms \(latencyMS) is out of range: allowed 0...600000" }
        if !(0...86_400).contains(retryAfterSeconds) {
            return "retry_after_seconds \(retryAfterSeconds) is out of range: allowed 0...86400"
        }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case latencyMS = "latency_ms"
        case errorRates = "error_rates"
        case rateLimitProbability = "rate_limit_probability"
        case retryAfterSeconds = "retry_after_seconds"
        case malformedProbability = "malformed_probability"
        case truncatedProbability = "truncated_probability"
        case wrongTypesProbability = "wrong_types_probability"
        case hang
        case isSuccessFalseProbability = "is_success_false_probability"
    }

    /// Every key is optional, so `{"latency_ms": 200}` is a whole plan.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = FaultPlan()
        latencyMS = try c.decodeIfPresent(Int.self, forKey: .latencyMS) ?? d.latencyMS
        errorRates = try c.decodeIfPresent([Int: Double].self, forKey: .errorRates) ?? d.errorRates
        rateLimitProbability =
            try c.decodeIfPresent(Double.self, forKey: .rateLimitProbability)
            ?? d.rateLimitProbability
        retryAfterSeconds = try c.decodeIfPresent(Int.self, forKey: .retryAfterSeconds) ?? d.retryAfterSeconds
        malformedProbability =
            try c.decodeIfPresent(Double.self, forKey: .malformedProbability)
            ?? d.malformedProbability
        truncatedProbability =
            try c.decodeIfPresent(Double.self, forKey: .truncatedProbability)
            ?? d.truncatedProbability
        wrongTypesProbability =
            try c.decodeIfPresent(Double.self, forKey: .wrongTypesProbability)
            ?? d.wrongTypesProbability
        hang = try c.decodeIfPresent(Bool.self, forKey: .hang) ?? d.hang
        isSuccessFalseProbability =
            try c.decodeIfPresent(Double.self, forKey: .isSuccessFalseProbability)
            ?? d.isSuccessFalseProbability
    }
}
