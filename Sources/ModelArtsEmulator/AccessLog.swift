import Foundation
import ModelArts
import Synchronization

/// Appends one JSON line per request to a file. What it writes is chosen field by field, so an
/// Authorization value, a signature, a token or a password can never reach it.
final class AccessLog: Sendable {
    struct Line: Encodable {
        var time: String
        var request: Int?
        var method: String
        var path: String
        var query: String
        var status: Int
        var durationMS: Int
        var auth: String
        var accessKey: String?
        /// AK/SK requests: "accepted", "refused" or "expired".
        var signature: String?
        var fault: String?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case time, request, method, path, query, status, auth, signature, fault
            case durationMS = "duration_ms", accessKey = "access_key", requestID = "request_id"
        }
    }

    private let handle: Mutex<FileHandle>

    /// Opens (creating if needed) `path` for appending.
    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try h.seekToEnd()
        handle = Mutex(h)
    }

    func write(_ line: Line) {
        guard var data = try? WireCoding.encoder().encode(line) else { return }
        data.append(0x0A)
        handle.withLock { h in
            // A full disk must not take the emulator down: the log is an aid, not a contract.
            try? h.write(contentsOf: data)
        }
    }
}
