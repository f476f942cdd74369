import Foundation

/// The terminal as `majobs configure` talks to it, injected so tests drive the whole flow in-process.
protocol ConfigureIO: AnyObject {
    /// Prints one line.
    func say(_ line: String)
    /// Prints one line about a failure (stderr on the real terminal).
    func fail(_ line: String)
    /// Prints `prompt` and reads one line; nil at the end of input.
    func ask(_ prompt: String) -> String?
    /// Like `ask`, with the terminal's echo off so a secret never shows on screen or in scrollback.
    func askSecret(_ prompt: String) -> String?
}

/// The real terminal: prompts on stdout, answers from stdin, echo turned off for secrets.
final class TerminalConfigureIO: ConfigureIO {
    func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func fail(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func ask(_ prompt: String) -> String? {
        FileHandle.standardOutput.write(Data(prompt.utf8))
        return readLine(strippingNewline: true)
    }

    func askSecret(_ prompt: String) -> String? {
        FileHandle.standardOutput.write(Data(prompt.utf8))
        var saved = termios()
        let isTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if isTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ICANON)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if isTerminal {
                _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
                // The newline the person typed was not echoed.
                FileHandle.standardOutput.write(Data("\n".utf8))
            }
        }
        return readLine(strippingNewline: true)
    }

    /// True when both stdin and stdout are terminals (the interactive flow needs a person).
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }
}
