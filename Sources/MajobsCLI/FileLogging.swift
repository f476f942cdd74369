import Foundation
import Logging
import ModelArts

/// Logs to a file, one line per message, never to the terminal (the browser owns the screen).
struct FileLogHandler: LogHandler {
    private let handle: FileHandle
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    init(handle: FileHandle) { self.handle = handle }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let meta =
            all.isEmpty
            ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line =
            "\(Date().ISO8601Format()) \(event.level) \(OneLine.clean(event.message.description, limit: 2000))\(meta)\n"
        handle.write(Data(line.utf8))
    }

    /// A logger writing to `path`, or one that discards everything when `path` is nil.
    static func logger(path: String?) throws -> Logger {
        guard let path else { return Logger(label: "majobs") { _ in SwiftLogNoOpLogHandler() } }
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CLIError("cannot open log file \(path)") }
        handle.seekToEndOfFile()
        return Logger(label: "majobs") { _ in FileLogHandler(handle: handle) }
    }
}
