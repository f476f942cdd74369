#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes that bypass curses (OSC 52, whole emoji clusters), written after curses' own output.
enum RawTerminalWrite {
    /// Flushes stdio (curses writes through it, so its frame goes out first), then writes every byte
    /// to stdout, retrying on EINTR and stopping on any other error.
    static func afterCurses(_ bytes: [UInt8]) {
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
