import Foundation

/// How a GET is retried on connection errors, 429 and 502/503/504: exponential backoff with
/// jitter, `Retry-After` honoured up to a cap, and a bound on the whole call.
public struct RetryPolicy: Hashable, Sendable {
    /// Attempts in all, including the first (1 = no retries).
    public var maxAttempts: Int
    public var baseBackoffSeconds: Double
    public var maxBackoffSeconds: Double
    /// The longest `Retry-After` the client waits; a longer one is cut to this.
    public var maxRetryAfterSeconds: Double
    /// The whole call (every attempt and wait) ends by then; nil derives it from the request timeout.
    public var totalTimeoutSeconds: Double?

    public init(
        maxAttempts: Int = 3, baseBackoffSeconds: Double = 0.2, maxBackoffSeconds: Double = 5,
        maxRetryAfterSeconds: Double = 5, totalTimeoutSeconds: Double? = nil
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseBackoffSeconds = max(0, baseBackoffSeconds)
        self.maxBackoffSeconds = max(0, maxBackoffSeconds)
        self.maxRetryAfterSeconds = max(0, maxRetryAfterSeconds)
        self.totalTimeoutSeconds = totalTimeoutSeconds
    }

    /// The documented defaults: 3 attempts, 200 ms base backoff, at most 5 s between attempts.
    public static let standard = RetryPolicy()

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait after failed attempt number `attempt` (1-based): `base * 2^(attempt-1)`, capped,
    /// scaled by a jitter in `0.5...1` drawn from `unit` (a value in `0...1`) ("equal jitter").
    public func backoff(afterAttempt attempt: Int, unit: Double) -> Double {
        let exponent = Double(max(0, min(attempt - 1, 30)))
        let raw = min(maxBackoffSeconds, baseBackoffSeconds * pow2(exponent))
        let u = unit.isFinite ? min(1, max(0, unit)) : 1
        return raw * (0.5 + 0.5 * u)
    }

    /// The wait a `Retry-After` asks for, capped; nil when the header is absent or unusable
    /// (HTTP dates are not honoured: the backoff is used instead).
    public func retryAfterDelay(_ header: String?) -> Double? {
        guard let header, let seconds = Double(header.trimmingCharacters(in: .whitespaces)),
            seconds.isFinite, seconds >= 0
        else { return nil }
        return min(seconds, maxRetryAfterSeconds)
    }

    /// The bound on a whole call for a given per-attempt timeout.
    public func totalTimeout(requestTimeout: Double) -> Double {
        if let totalTimeoutSeconds { return totalTimeoutSeconds }
        return requestTimeout * Double(maxAttempts) + maxBackoffSeconds * Double(maxAttempts - 1)
    }

    private func pow2(_ e: Double) -> Double {
        var v = 1.0
        for _ in 0..<Int(e) { v *= 2 }
        return v
    }
}
