/// Why a connection could not be configured: a bad endpoint, project id, flag, file or value.
/// The message fits one line, names the file and line when there is one, and never holds a secret.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// True when the person asked for something that does not exist (an unknown profile, a bad
    /// key binding): commands exit 64 like other usage errors instead of 1.
    public var isUsage: Bool

    public init(_ message: String, usage: Bool = false) {
        self.message = message
        self.isUsage = usage
    }

    public var description: String { message }
}
