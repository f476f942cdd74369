import Foundation

/// Writes a file atomically and privately: a temporary file with mode 0600 in the same directory,
/// renamed over the old one, so a crash mid-write never leaves half a file and no other user can
/// read it for a moment. The directory is created with mode 0700 when missing.
public enum PrivateFile {
    /// Why a file could not be written, in one line.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// Replaces `path` with `text`, mode `mode` (0600 unless the caller keeps a wider existing mode).
    public static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws(Failure) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure("cannot create \(directory)")
        }
        let temporary = PathText.join(directory, ".\(UUID().uuidString).tmp")
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw Failure("cannot write \(temporary)")
        }
        // The umask may have narrowed or widened the mode; set it exactly before the file becomes visible.
        chmod(temporary, mode)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure("cannot replace \(path): \(reason)")
        }
    }

    /// The permission bits of an existing file, nil when it does not exist.
    public static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }
}
