#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CNcurses

extension NcursesTerminal {
    /// Refuses a terminal the full-screen browser cannot drive (no cursor addressing, e.g. TERM=dumb,
    /// or a TERM terminfo does not know) before curses writes a byte to it.
    public static func checkCapabilities() throws(TerminalError) {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch cn_can_address_cursor() {
        case 1: return
        case 0: throw .cannotAddressCursor(terminal: term)
        default: throw .cannotStart(terminal: term)
        }
    }
}
