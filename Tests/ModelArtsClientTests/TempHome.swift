import Foundation

/// A throw-away home directory for resolution tests; files are written with explicit modes.
struct TempHome {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "majobs-client-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `relative` (creating directories) with permission bits `mode`; returns the path.
    @discardableResult
    func write(_ relative: String, _ text: String, mode: Int = 0o600) throws -> String {
        let full = path + "/" + relative
        let dir = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        try FileManager.default.setAttributes([.posixPermissions: NSNumber(value: mode)], ofItemAtPath: full)
        return full
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
