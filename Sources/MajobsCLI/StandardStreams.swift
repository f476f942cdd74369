import Foundation
import JobPresentation
import ModelArts

/// Standard output as an `OutputSink`.
final class StandardOutput: OutputSink {
    func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
}

/// Standard error, for one-line errors and warnings.
final class StandardError: OutputSink {
    func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

/// The terminal's width in cells, when stdout is a terminal.
enum TerminalWidth {
    static func current() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
