import Foundation
import MajobsSettings

/// Everything credential resolution reads from the outside world, injected so tests use a fake
/// environment and temporary directories.
public struct ResolverEnvironment: Sendable {
    /// A file that exists but cannot be read as UTF-8 text.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    public var variables: [String: String]
    public var homeDirectory: String
    /// The text of a file; nil when it does not exist; throws when it exists but is unreadable.
    public var readFile: @Sendable (String) throws -> String?
    /// The permission bits (`0o777` part) of a file, nil when unknown.
    public var fileMode: @Sendable (String) -> Int?
    /// Asks for a password without echo (the argument is the prompt).
    public var promptPassword: @Sendable (String) throws -> String

    public init(
        variables: [String: String], homeDirectory: String,
        readFile: @escaping @Sendable (String) throws -> String? = ResolverEnvironment.readFileFromDisk,
        fileMode: @escaping @Sendable (String) -> Int? = ResolverEnvironment.fileModeOnDisk,
        promptPassword: @escaping @Sendable (String) throws -> String = { try PasswordPrompt.read(prompt: $0) }
    ) {
        self.variables = variables
        self.homeDirectory = homeDirectory
        self.readFile = readFile
        self.fileMode = fileMode
        self.promptPassword = promptPassword
    }

    /// The real process: its environment, `$HOME`, the disk and the terminal.
    public static func process() -> ResolverEnvironment {
        let env = ProcessInfo.processInfo.environment
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
        return ResolverEnvironment(variables: env, homeDirectory: home)
    }

    @Sendable public static func readFileFromDisk(_ path: String) throws -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { throw ReadError("\(path) is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError("cannot read \(path)") }
        guard let text = String(data: data, encoding: .utf8) else { throw ReadError("\(path) is not UTF-8 text") }
        return text
    }

    @Sendable public static func fileModeOnDisk(_ path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let mode = attributes[.posixPermissions] as? NSNumber
        else { return nil }
        return mode.intValue & 0o777
    }

    /// A non-empty environment variable.
    func variable(_ name: String) -> String? {
        guard let v = variables[name]?.trimmingWhitespace(), !v.isEmpty else { return nil }
        return v
    }
}
