/// Why the terminal could not be set up.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// curses could not start on this terminal (unknown `TERM`, not a terminal, no cursor addressing).
    case cannotStart(terminal: String)
    /// The terminal cannot move the cursor (no terminfo `cup`, e.g. TERM=dumb): no full-screen program runs on it.
    case cannotAddressCursor(terminal: String)
    /// The wake-up pipe could not be created (`errno`).
    case pipeFailed(errno: Int32)

    /// One line for stderr.
    public var description: String {
        switch self {
        case .cannotStart(let terminal):
            return "cannot start the terminal UI on TERM=\(terminal.isEmpty ? "(unset)" : terminal)"
                + "; use `majobs list`"
        case .cannotAddressCursor(let terminal):
            return "this terminal (TERM=\(terminal)) cannot run the full-screen browser; use `majobs list`"
        case .pipeFailed(let code):
            return "cannot create the wake-up pipe (errno \(code))"
        }
    }
}
