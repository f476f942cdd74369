import Synchronization

/// A clock that moves only when the test says so: `sleep` suspends until `advance` passes the
/// deadline, so debounces and deadlines run in no real time and never race the machine's load.
public final class ManualClock: Clock, Sendable {
    public typealias Duration = Swift.Duration

    /// A point on the manual clock: how far it has been advanced since it started.
    public struct Instant: InstantProtocol, Hashable, Sendable {
        public typealias Duration = Swift.Duration

        public var offset: Duration

        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct Sleeper {
        var deadline: Instant
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Int: Sleeper] = [:]
        var nextID = 0
        var observers: [@Sendable () -> Void] = []
    }

    private let state = Mutex(State())

    public init() {}

    public var now: Instant { state.withLock { $0.now } }
    public var minimumResolution: Duration { .zero }

    /// How many tasks are asleep on this clock now.
    public var sleeperCount: Int { state.withLock { $0.sleepers.count } }

    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let id = state.withLock { s in
            defer { s.nextID += 1 }
            return s.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow = state.withLock { s -> Bool in
                    if deadline <= s.now || Task.isCancelled { return true }
                    s.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.sleepers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
        try Task.checkCancellation()
    }

    /// Moves the clock on by `duration`, wakes every sleeper whose deadline has come, then tells the observers.
    public func advance(by duration: Duration) {
        let (due, observers) = state.withLock { s -> ([Sleeper], [@Sendable () -> Void]) in
            s.now = s.now.advanced(by: duration)
            let due = s.sleepers.filter { $0.value.deadline <= s.now }
            for id in due.keys { s.sleepers[id] = nil }
            return (due.values.sorted { $0.deadline < $1.deadline }, s.observers)
        }
        for sleeper in due { sleeper.continuation.resume() }
        for observer in observers { observer() }
    }

    /// Calls `observer` after every `advance` (a fake terminal re-checks its wait deadline).
    public func onAdvance(_ observer: @escaping @Sendable () -> Void) {
        state.withLock { $0.observers.append(observer) }
    }
}
