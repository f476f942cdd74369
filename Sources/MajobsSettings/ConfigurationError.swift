/// Why a connection could not be configured: a bad endpoint, project id, flag, file or value.
/// The message fits one line, names the file and line when there is one, and never holds a secret.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// True when the person asked for something that does not exist (an unknown profile, a bad
    /// key binding): commands exit 64 like other usage errors instead of 1.
    public var isUsage: Bool
    /// True when the problem is in the majobs config file (unreadable, bad syntax, a value out of
    /// range, an unknown key or profile): commands exit 78 (EX_CONFIG) for every one of them.
    public var isConfigFile: Bool

    public init(_ message: String, usage: Bool = false, configFile: Bool = false) {
        self.message = message
        self.isUsage = usage
        self.isConfigFile = configFile
    }

    /// The exit status for this error: 78 for the config file, 64 for usage (flags), else 1.
    public var exitCode: Int32 { isConfigFile ? 78 : isUsage ? 64 : 1 }

    public var description: String { message }
}
