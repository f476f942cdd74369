#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes that bypass curses (OSC 52, whole emoji clusters after a frame, a scroll or the G0 reset before
/// one). curses empties its own output buffer at the end of each `doupdate`, so between frames these go
/// out in the order they are sent.
enum RawTerminalWrite {
    /// Flushes stdio (anything `putp` left there goes first), then writes every byte to stdout, retrying
    /// on EINTR and stopping on any other error.
    static func send(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let n = write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    break
                }
            }
        }
    }
}
