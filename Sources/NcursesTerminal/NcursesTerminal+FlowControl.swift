#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import TerminalUI

extension NcursesTerminal {
    /// Turns off XON/XOFF flow control, which `cbreak` leaves on: with it, Ctrl-S (export) would
    /// freeze the terminal's output instead of reaching the browser. `endwin` puts the saved
    /// modes back, IXON included.
    static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }
}
