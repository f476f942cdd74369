import JobPresentation
import ModelArts
import TerminalUI

extension CSVPageWriter {
    /// When the output is a terminal, control characters in server text are made visible so they cannot
    /// act on it; piped output keeps the data exactly.
    public init(sanitizeForTerminal: Bool, api: APIVersion = .v1) {
        let visible: @Sendable (String) -> String = { SafeText.visible($0) }
        self.init(text: sanitizeForTerminal ? visible : nil, api: api)
    }
}
