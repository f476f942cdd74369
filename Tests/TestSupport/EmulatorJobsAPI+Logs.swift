import Foundation
import ModelArts
import ModelArtsEmulator

/// The log reads and the writes of `EmulatorJobsAPI`: signed requests through `EmulatorService.handle`,
/// decoded here with small decoders of the documented keys (the client's own decoders are separate).
/// Line pages read the documented order words (v2 `desc` and v1 `asc` older) and hand back pages oldest
/// first without the cursor's line, as `JobsAPI` promises.
extension EmulatorJobsAPI {
    public func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        try checkFailure()
        let response = call("GET", versionPath(jobID, versionID) + "/log/file-names")
        let json = try LogWireJSON.object(response)
        guard let names = json["log_file_list"] as? [String] else {
            throw .malformedBody(status: response.status, detail: "log_file_list is missing")
        }
        return names
    }

    public func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        try checkFailure()
        let response = call("GET", v2Path(jobID) + "/tasks/\(PercentEncoding.encode(task))/logs/preview")
        let json = try LogWireJSON.object(response)
        guard let content = (json["content"] ?? json["context"]) as? String else {
            throw .malformedBody(status: response.status, detail: "content is missing")
        }
        return LogPage(
            text: content, fullSize: LogWireJSON.int(json["full_size"]),
            currentSize: LogWireJSON.int(json["current_size"]))
    }

    public func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        try checkFailure()
        var query = [("lines", String(request.lines))]
        if let cursor = request.cursor { query.append(("base_line", cursor)) }
        let path: String
        switch request.source {
        case .v2(let jobID, let task):
            path = v2Path(jobID) + "/logs/\(PercentEncoding.encode(task))"
            query.append(("order", request.direction == .older ? "desc" : "asc"))
        case .v1(let jobID, let versionID, let file):
            path = versionPath(jobID, versionID) + "/aom-log"
            query += [("log_file", file), ("order", request.direction == .older ? "asc" : "desc")]
        }
        let response = call("GET", path, query: query)
        let json = try LogWireJSON.object(response)
        guard let content = json["content"] as? String else {
            throw .malformedBody(status: response.status, detail: "content is missing")
        }
        var lines =
            content.isEmpty ? [] : content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var first = json["start_line"] as? String, last = json["end_line"] as? String
        if let a = first, let b = last, LogWireJSON.less(b, a) {
            lines.reverse()
            (first, last) = (last, first)
        }
        if let cursor = request.cursor, !lines.isEmpty {
            if request.direction == .older, last == cursor {
                lines.removeLast()
                last = lines.isEmpty ? nil : LogWireJSON.step(cursor, by: -1)
            } else if request.direction == .newer, first == cursor {
                lines.removeFirst()
                first = lines.isEmpty ? nil : LogWireJSON.step(cursor, by: 1)
            }
        }
        if lines.isEmpty { (first, last) = (nil, nil) }
        return LogPage(text: lines.joined(separator: "\n"), firstLine: first, lastLine: last, lineCount: lines.count)
    }

    public func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        record(action)
        try checkFailure()
        let response: EmulatorResponse
        switch action {
        case .terminateV2(let id):
            response = call("POST", v2Path(id) + "/actions", body: Array(#"{"action_type":"terminate"}"#.utf8))
        case .deleteV2(let id):
            response = call("DELETE", v2Path(id))
        case .stopV1(let jobID, let versionID):
            response = call("POST", versionPath(jobID, versionID) + "/stop")
        case .deleteV1Job(let jobID):
            response = call("DELETE", "/v1/\(service.configuration.identity.projectID)/training-jobs/\(jobID)")
        case .deleteV1Version(let jobID, let versionID):
            response = call("DELETE", versionPath(jobID, versionID))
        }
        if action.api == .v2, response.status == 202 { return .accepted }
        do {
            _ = try LogWireJSON.object(response)
            return .accepted
        } catch {
            if action.isDelete, case .server(_, "ModelArts.2775", _) = error { return .alreadyGone }
            throw error
        }
    }

    private func v2Path(_ id: String) -> String {
        V2Wire.jobPath(projectID: service.configuration.identity.projectID, id: id)
    }

    private func versionPath(_ jobID: Int64, _ versionID: Int64) -> String {
        "/v1/\(service.configuration.identity.projectID)/training-jobs/\(jobID)/versions/\(versionID)"
    }
}

/// The small decoder for log and write answers: invalid UTF-8 repaired first, cursors kept as strings.
enum LogWireJSON {
    /// The body as an object; a 204, a non-2xx status or `is_success: false` become `.server`.
    static func object(_ response: EmulatorResponse) throws(APIError) -> [String: Any] {
        if response.status == 204 {
            throw .server(status: 204, code: "ModelArts.2776", message: "not ready for fetch log")
        }
        var text = String(decoding: response.body, as: UTF8.self)
        // Numbers beyond 2^53 (v1 cursors) become strings before JSONSerialization can round them.
        for key in ["start_line", "end_line", "lines"] {
            text = text.replacingOccurrences(
                of: "\"\(key)\":([0-9]+)", with: "\"\(key)\":\"$1\"", options: .regularExpression)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw .malformedBody(status: response.status, detail: "not a JSON object")
        }
        if !(200..<300).contains(response.status) || object["is_success"] as? Bool == false
            || (object["error_code"] is String && object["content"] == nil && object["metadata"] == nil)
        {
            let message = (object["error_msg"] ?? object["error_message"]) as? String
            throw .server(status: response.status, code: object["error_code"] as? String, message: message)
        }
        return object
    }

    static func int(_ value: Any?) -> Int? {
        if let n = value as? Int { return n }
        return (value as? String).flatMap { Int($0) }
    }

    /// Decimal strings compared as numbers: by length, then text.
    static func less(_ a: String, _ b: String) -> Bool { a.count != b.count ? a.count < b.count : a < b }

    /// A decimal cursor moved by one line.
    static func step(_ cursor: String, by delta: Int64) -> String? {
        Int64(cursor).map { String($0 + delta) }
    }
}
