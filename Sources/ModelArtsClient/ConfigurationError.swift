/// Why a connection could not be configured: a bad endpoint, project id, flag, file or value.
/// The message fits one line, names the file and line when there is one, and never holds a secret.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
