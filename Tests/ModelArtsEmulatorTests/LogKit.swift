import Foundation
import ModelArts
@testable import ModelArtsEmulator

/// Log and write requests against a service on a clock the test moves, and decoders that repair
/// invalid UTF-8 first (as the client does) and read exactly the documented keys.
extension Kit {
    /// A v1+v2 service on `clock`, configured further by `adjust`.
    static func logService(
        jobs: Int = 300, seed: UInt64 = 42, clock: ManualClock = ManualClock(), faults: FaultPlan = .none,
        accessLogPath: String? = nil, adjust: (inout EmulatorConfiguration) -> Void = { _ in }
    ) -> EmulatorService {
        var configuration = EmulatorConfiguration(
            jobCount: jobs, seed: seed, faults: faults, accessLogPath: accessLogPath)
        adjust(&configuration)
        return EmulatorService(configuration: configuration, now: { clock.nowMS })
    }

    static func previewPath(_ id: String, task: String = "worker-0") -> String {
        jobPath(id) + "/tasks/\(task)/logs/preview"
    }

    static func linesPath(_ id: String, task: String = "worker-0") -> String { jobPath(id) + "/logs/\(task)" }

    static func v1VersionPath(_ job: Int64, _ version: Int64) -> String {
        "/v1/\(project)/training-jobs/\(job)/versions/\(version)"
    }

    /// A signed GET at the clock's time.
    static func at(_ clock: ManualClock, _ path: String, query: [(String, String)] = []) -> EmulatorRequest {
        signed("GET", path: path, query: query, atMS: clock.nowMS)
    }

    /// A signed request with no body at the clock's time.
    static func at(
        _ clock: ManualClock, _ method: String, _ path: String, query: [(String, String)] = []
    ) -> EmulatorRequest {
        signed(method, path: path, query: query, atMS: clock.nowMS)
    }

    /// A signed request with a JSON body at the clock's time.
    static func at(_ clock: ManualClock, post path: String, body: String) -> EmulatorRequest {
        signedBody("POST", path: path, body: Array(body.utf8), atMS: clock.nowMS)
    }

    /// The body as a JSON object, invalid UTF-8 replaced by U+FFFD before parsing.
    static func repairedJSON(_ response: EmulatorResponse) throws -> [String: Any] {
        let text = String(decoding: response.body, as: UTF8.self)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard let dictionary = object as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
        return dictionary
    }

    static func preview(_ response: EmulatorResponse) throws -> WirePreview {
        let json = try repairedJSON(response)
        guard let content = json["content"] as? String, let current = json["current_size"] as? Int,
            let full = json["full_size"] as? Int
        else { throw CocoaError(.coderValueNotFound) }
        return WirePreview(content: content, currentSize: current, fullSize: full)
    }

    /// A line page of either API: cursors read as strings or numbers (v1's sample mixes them).
    static func linePage(_ response: EmulatorResponse) throws -> WireLinePage {
        let json = try repairedJSON(response)
        let body = String(decoding: response.body, as: UTF8.self)
        // A number beyond 2^53 may not survive JSONSerialization: read its digits from the text.
        func text(_ key: String) -> String? {
            if let s = json[key] as? String { return s }
            guard json[key] is NSNumber, let range = body.range(of: "\"\(key)\":") else { return nil }
            return String(body[range.upperBound...].prefix(while: { $0.isNumber }))
        }
        guard let content = json["content"] as? String, let start = text("start_line"), let end = text("end_line"),
            let lines = text("lines").flatMap({ Int($0) })
        else { throw CocoaError(.coderValueNotFound) }
        return WireLinePage(content: content, startLine: start, endLine: end, lines: lines, raw: json)
    }
}

struct WirePreview {
    var content: String
    var currentSize: Int
    var fullSize: Int
}

struct WireLinePage {
    var content: String
    var startLine: String
    var endLine: String
    var lines: Int
    var raw: [String: Any]

    var contentLines: [Substring] {
        content.isEmpty ? [] : content.split(separator: "\n", omittingEmptySubsequences: false)
    }
}

/// Cursors compared as the client compares them: as decimal strings, by length then text.
func cursorLess(_ a: String, _ b: String) -> Bool {
    a.count != b.count ? a.count < b.count : a < b
}
