#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TerminalUI

/// Sleeps until a key, a wake-up or a timeout, in `poll()`, so an idle loop uses no CPU.
/// Used from the loop's thread only.
public final class EventLoopWaiter: TerminalWaiter {
    private let inputDescriptor: Int32
    private let pipe: WakePipe
    /// A reason seen together with another one, reported by the next call (one at a time, so the
    /// loop's switch stays simple and neither keys nor mailbox can starve the other).
    private var pending: WakeReason?
    /// The turn for the next tie, alternating so that neither side starves.
    private var preferInput = true

    /// True once the input reported hang-up or error; it is then no longer polled.
    public private(set) var inputClosed = false

    init(inputDescriptor: Int32 = STDIN_FILENO, wakePipe: WakePipe) {
        self.inputDescriptor = inputDescriptor
        pipe = wakePipe
    }

    /// Writes a byte to the wake pipe (thread-safe and async-signal-safe).
    public var wake: @Sendable () -> Void { { [pipe] in pipe.wake() } }

    /// Waits up to `timeout` (nil: no limit), rounded down to the millisecond `poll()` counts in.
    public func wait(timeout: Duration?) -> WakeReason {
        wait(timeoutMS: timeout.map { Int(max(0, min(Double(Int32.max), ($0 / .milliseconds(1)).rounded(.down)))) })
    }

    /// Waits up to `timeoutMS` milliseconds (nil: no limit) for input or a wake-up.
    private func wait(timeoutMS: Int?) -> WakeReason {
        if let reason = pending {
            pending = nil
            return reason
        }
        var fds = [
            pollfd(fd: inputClosed ? -1 : inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: pipe.readDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        let timeout = timeoutMS.map { Int32(clamping: max(0, $0)) } ?? -1
        let rc = poll(&fds, nfds_t(fds.count), timeout)
        if rc == 0 { return .timeout }
        // EINTR: a signal (resize, resume after ^Z) arrived; reading keys picks up what it left.
        if rc < 0 { return errno == EINTR ? .input : .timeout }

        var input = false
        if fds[0].revents & Int16(POLLIN) != 0 { input = true }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            inputClosed = true
            input = true
        }
        var woken = false
        if fds[1].revents != 0 {
            for byte in pipe.drain() {
                if byte == WakePipe.resizeByte { input = true } else { woken = true }
            }
        }
        switch (input, woken) {
        case (true, true):
            preferInput.toggle()
            pending = preferInput ? .input : .wake
            return preferInput ? .wake : .input
        case (true, false): return .input
        case (false, true): return .wake
        case (false, false): return .timeout  // woken for nothing (a spurious or drained wake)
        }
    }
}
