#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CNcurses
import TerminalUI

extension NcursesTerminal {
    /// Writes `bytes` to the terminal after flushing curses' pending output, so the sequence never
    /// lands inside a half-sent frame. curses does not track it: only non-printing sequences
    /// (OSC 52) belong here.
    public func writeEscapeSequence(_ bytes: [UInt8]) {
        guard !isRestored, !bytes.isEmpty else { return }
        wnoutrefresh(window)
        doupdate()
        RawTerminalWrite.send(bytes)
    }
}
