import Foundation

/// How a GET is retried on connection errors, 429 and 502/503/504: exponential backoff with
/// jitter, `Retry-After` honoured up to a cap, and a bound on the whole call.
public struct RetryPolicy: Hashable, Sendable {
    /// Attempts in all, including the first (1 = no retries).
    public var maxAttempts: Int
    /// The wait after the first failed attempt; it doubles after each further one.
    public var baseBackoff: Duration
    /// The longest wait between attempts.
    public var maxBackoff: Duration
    /// The longest `Retry-After` the client waits; a longer one is cut to this.
    public var maxRetryAfter: Duration
    /// The whole call (every attempt and wait) ends by then; nil derives it from the request timeout.
    public var totalTimeout: Duration?

    public init(
        maxAttempts: Int = 3, baseBackoff: Duration = .milliseconds(200), maxBackoff: Duration = .seconds(5),
        maxRetryAfter: Duration = .seconds(5), totalTimeout: Duration? = nil
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseBackoff = max(.zero, baseBackoff)
        self.maxBackoff = max(.zero, maxBackoff)
        self.maxRetryAfter = max(.zero, maxRetryAfter)
        self.totalTimeout = totalTimeout
    }

    /// The documented defaults: 3 attempts, 200 ms base backoff, at most 5 s between attempts.
    public static let standard = RetryPolicy()

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait after failed attempt number `attempt` (1-based): `base * 2^(attempt-1)`, capped,
    /// scaled by a jitter in `0.5...1` drawn from `unit` (a value in `0...1`) ("equal jitter").
    public func backoff(afterAttempt attempt: Int, unit: Double) -> Duration {
        let exponent = max(0, min(attempt - 1, 30))
        let raw = min(maxBackoff, baseBackoff * (1 << exponent))
        let u = unit.isFinite ? min(1, max(0, unit)) : 1
        return raw * (0.5 + 0.5 * u)
    }

    /// The wait a `Retry-After` asks for, capped; nil when the header is absent or unusable
    /// (HTTP dates are not honoured: the backoff is used instead).
    public func retryAfterDelay(_ header: String?) -> Duration? {
        guard let header, let seconds = Double(header.trimmingCharacters(in: .whitespaces)),
            seconds.isFinite, seconds >= 0
        else { return nil }
        // Capped while still a number: a header of 1e300 seconds is no Duration.
        return .seconds(min(seconds, maxRetryAfter.inSeconds))
    }

    /// The bound on a whole call for a given per-attempt timeout.
    public func totalTimeout(requestTimeout: Duration) -> Duration {
        if let totalTimeout { return totalTimeout }
        return requestTimeout * maxAttempts + maxBackoff * (maxAttempts - 1)
    }
}
