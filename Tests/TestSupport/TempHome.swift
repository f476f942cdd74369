import Foundation

/// A throw-away home directory for resolution and state-file tests; files are written with explicit modes.
public struct TempHome {
    public let path: String

    /// Creates an empty directory under the system temporary directory.
    public init() throws {
        path = NSTemporaryDirectory() + "majobs-client-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `relative` (creating directories) with permission bits `mode`; returns the path.
    @discardableResult
    public func write(_ relative: String, _ text: String, mode: Int = 0o600) throws -> String {
        let full = path + "/" + relative
        let dir = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: mode)], ofItemAtPath: full)
        return full
    }

    /// Deletes the directory and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
