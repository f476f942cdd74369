import Synchronization

/// Where background work posts results for the one loop that owns the terminal. Posting is
/// thread-safe and pokes a wake-up, so the loop sleeps until there is something to do.
public final class Mailbox<Event: Sendable>: Sendable {
    private let queue = Mutex<[Event]>([])
    private let wake: @Sendable () -> Void

    /// - Parameter wake: called after each post; must be cheap and safe from any thread.
    public init(wake: @escaping @Sendable () -> Void) {
        self.wake = wake
    }

    /// Queues an event and wakes the loop.
    public func post(_ event: Event) {
        queue.withLock { $0.append(event) }
        wake()
    }

    /// Takes every queued event, oldest first.
    public func drain() -> [Event] {
        queue.withLock { events in
            defer { events.removeAll(keepingCapacity: true) }
            return events
        }
    }
}
