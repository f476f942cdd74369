/// A wait that ran out of time: names what it waited for and how long.
public struct WaitTimedOut: Error, CustomStringConvertible {
    public let what: String
    public let timeout: Duration

    public var description: String { "timed out after \(timeout) waiting for \(what)" }
}

/// Polls `value` until it gives something, then returns it; throws `WaitTimedOut` naming `what` once
/// `timeout` has passed. The one way tests wait for a condition.
///
/// It sleeps with `Task.sleep` between polls, so a wait holds none of the cooperative pool's threads (one
/// per core, two on CI) that the in-process emulators and HTTP clients answer on. A poll that blocks (a
/// child process such as a tmux capture) runs its blocking part with `OffPool.run`. The value is polled
/// once more after the deadline, so a slow poll cannot time out a condition that already holds.
@discardableResult
public func eventually<T>(
    _ what: String, timeout: Duration = .seconds(15), every interval: Duration = .milliseconds(50),
    _ value: () async throws -> T?
) async throws -> T {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
        let timedOut = clock.now >= deadline
        if let found = try await value() { return found }
        if timedOut { throw WaitTimedOut(what: what, timeout: timeout) }
        try await Task.sleep(for: interval)
    }
}

/// Polls `condition` until it holds; throws `WaitTimedOut` naming `what` once `timeout` has passed.
public func eventually(
    _ what: String, timeout: Duration = .seconds(15), every interval: Duration = .milliseconds(50),
    _ condition: () async throws -> Bool
) async throws {
    try await eventually(what, timeout: timeout, every: interval) { try await condition() ? () : nil }
}
