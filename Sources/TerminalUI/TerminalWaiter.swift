/// Why `TerminalWaiter.wait` returned.
public enum WakeReason: Hashable, Sendable {
    /// The terminal has something: call `readKeys()` (keys, or a resize to pick up).
    case input
    /// `wake` was called: drain the mailbox.
    case wake
    /// The timeout passed with nothing to do.
    case timeout
}

/// Where the runtime's loop sleeps between turns. The real one sleeps in `poll()` on stdin and a
/// wake pipe, so an idle browser uses no CPU; a test's one is driven by the test. Used from the
/// loop's thread only, except `wake`.
public protocol TerminalWaiter: AnyObject {
    /// Wakes the loop from any thread; cheap, so it can follow every mailbox post.
    var wake: @Sendable () -> Void { get }
    /// True once the input reported hang-up or error; the loop then ends (exit status 129).
    var inputClosed: Bool { get }
    /// Waits up to `timeout` (nil: no limit) for input or a wake-up; reports one reason at a time.
    func wait(timeout: Duration?) -> WakeReason
}
