#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pipe that wakes the terminal loop from any thread: background work calls `wake()` after
/// posting to the mailbox, and the loop's `poll()` returns. Both ends are non-blocking, so a full
/// pipe (the loop is already due to wake) never blocks the caller.
public final class WakePipe: Sendable {
    /// The end the loop polls and drains.
    public let readDescriptor: Int32
    /// The end `wake()` writes to (also used by the resize signal handler).
    public let writeDescriptor: Int32

    /// The byte `wake()` writes.
    static let wakeByte: UInt8 = UInt8(ascii: "w")
    /// The byte the SIGWINCH handler in the C shim writes.
    static let resizeByte: UInt8 = UInt8(ascii: "r")

    public init() throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw TerminalError.pipeFailed(errno: errno) }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = fds[0]
        writeDescriptor = fds[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Wakes the loop. Thread-safe and async-signal-safe (one `write` of one byte).
    public func wake() {
        var byte = Self.wakeByte
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Reads everything pending without blocking; returns the bytes read.
    func drain() -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 256)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(readDescriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                out.append(contentsOf: chunk[0..<n])
                continue
            }
            if n < 0 && errno == EINTR { continue }
            return out  // 0 (closed) or EAGAIN: nothing more now
        }
    }
}
