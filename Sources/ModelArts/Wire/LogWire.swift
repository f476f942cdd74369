import Foundation

/// The log APIs on the wire (contract §6): the v2 preview, the v2 line-paged API, and v1's log file names
/// and `aom-log`. Paths, query items and decoders, shared by the HTTP client and tests, so both read the
/// same bytes the same way. Every body is repaired (`LogWire.repaired`) before it is parsed.
public enum LogWire {
    /// The v2 preview of one task's log: the whole log, or its newest 5 MB.
    public static func previewPath(projectID: String, jobID: String, task: String) -> String {
        V2Wire.jobPath(projectID: projectID, id: jobID) + "/tasks/\(PercentEncoding.encode(task))/logs/preview"
    }

    /// The v2 line-paged log of one task (note: `/logs/{task}`, not `/tasks/{task}/logs`).
    public static func v2LinesPath(projectID: String, jobID: String, task: String) -> String {
        V2Wire.jobPath(projectID: projectID, id: jobID) + "/logs/\(PercentEncoding.encode(task))"
    }

    /// A v1 job version's log file names.
    public static func v1FileNamesPath(projectID: String, jobID: Int64, versionID: Int64) -> String {
        "/v1/\(projectID)/training-jobs/\(jobID)/versions/\(versionID)/log/file-names"
    }

    /// A v1 job version's line-paged log.
    public static func v1LinesPath(projectID: String, jobID: Int64, versionID: Int64) -> String {
        "/v1/\(projectID)/training-jobs/\(jobID)/versions/\(versionID)/aom-log"
    }

    /// The path of a line-paged request.
    public static func linesPath(_ source: LogSource, projectID: String) -> String {
        switch source {
        case .v2(let jobID, let task): return v2LinesPath(projectID: projectID, jobID: jobID, task: task)
        case .v1(let jobID, let versionID, _):
            return v1LinesPath(projectID: projectID, jobID: jobID, versionID: versionID)
        }
    }

    /// The query of a line-paged request with the `order` word already chosen (see `LogOrderReading`):
    /// v1 names the file first; `base_line` only with a cursor; `lines` clamped to 1…500.
    public static func linesQuery(_ request: LogLinesRequest, order: String) -> [(String, String)] {
        var items: [(String, String)] = []
        if case .v1(_, _, let file) = request.source { items.append(("log_file", file)) }
        if let cursor = request.cursor { items.append(("base_line", cursor)) }
        items.append(("lines", String(min(max(request.lines, 1), LogLinesRequest.maxLines))))
        items.append(("order", order))
        return items
    }

    /// What a line-paged answer said, before any reading of its order: content and cursors as received.
    public struct LinesAnswer: Hashable, Sendable {
        public var content: String
        /// `start_line` as its exact digits (a number beyond 2^53 keeps every digit), nil when absent.
        public var startLine: String?
        public var endLine: String?
        /// `lines`, a number or a numeric string.
        public var lines: Int?

        public init(content: String, startLine: String? = nil, endLine: String? = nil, lines: Int? = nil) {
            self.content = content
            self.startLine = startLine
            self.endLine = endLine
            self.lines = lines
        }
    }

    /// Decodes a 2xx v2 preview body: `content`, or `context` (its name before 2022-03, §12 U11), with
    /// `current_size` and `full_size`. 204 or an empty body answers "logs not ready yet".
    public static func decodePreview(_ data: Data, status: Int = 200) throws(APIError) -> LogPage {
        let root = try object(repaired(data), status: status, expecting: ["content", "context"])
        let text = root["content"].string ?? root["context"].string
        let current = root["current_size"].int, full = root["full_size"].int
        guard let text else {
            guard current != nil || full != nil else {
                throw .malformedBody(status: status, detail: "no content in the log preview")
            }
            return LogPage(text: "", lineCount: 0, fullSize: full, currentSize: current)
        }
        let body = withoutFinalNewline(text)
        return LogPage(text: body, lineCount: lineCount(body), fullSize: full, currentSize: current)
    }

    /// Decodes a 2xx line-paged body (v2 `…/logs/{task}`, v1 `aom-log`): cursors number-or-string kept as
    /// exact text, `lines` number-or-string; v1's `is_success: false` is the error it carries.
    public static func decodeLines(_ data: Data, status: Int = 200) throws(APIError) -> LinesAnswer {
        let body = repaired(data)
        let root = try object(body, status: status, expecting: ["content", "start_line", "end_line"])
        let numbers = JSONNumberText.topLevel(body)
        func cursor(_ key: String) -> String? {
            if case .string(let s) = root[key] { return s.isEmpty ? nil : s }
            return numbers[key] ?? root[key].string
        }
        return LinesAnswer(
            content: root["content"].string ?? "", startLine: cursor("start_line"), endLine: cursor("end_line"),
            lines: root["lines"].int)
    }

    /// Decodes a 2xx v1 `log/file-names` body: `log_file_list`, an array (or, as the table types it, one string).
    public static func decodeFileNames(_ data: Data, status: Int = 200) throws(APIError) -> [String] {
        let root = try object(repaired(data), status: status, expecting: ["log_file_list"])
        if let one = root["log_file_list"].text, root["log_file_list"].array.isEmpty { return [one] }
        return root["log_file_list"].strings.filter { !$0.isEmpty }
    }

    /// The body as valid UTF-8 JSON: invalid UTF-8 becomes U+FFFD, and a raw control byte inside a string
    /// (a server copying log bytes into JSON unescaped) becomes its `\u00XX` escape, so the parser accepts it.
    public static func repaired(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.utf8.contains(where: { $0 < 0x20 }) else { return Data(text.utf8) }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count + 16)
        var inString = false, escaped = false
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte < 0x20 {
                    out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                    continue
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
            out.append(byte)
        }
        return Data(out)
    }

    /// The root object of a 2xx body (already `repaired`), or the error it carries: 204 or an empty body is
    /// "logs not ready yet"; `is_success: false` or an `error_code` with none of `keys` is a server error.
    static func object(_ data: Data, status: Int, expecting keys: [String]) throws(APIError) -> LooseJSON {
        if status == 204 || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .logNotReady(status: status)
        }
        guard let root = LooseJSON.parse(data) else {
            throw .malformedBody(status: status, detail: "not valid JSON (\(data.count) bytes)")
        }
        guard root.isObject else { throw .malformedBody(status: status, detail: "expected a JSON object") }
        let failed: Bool
        if case .bool(false) = root["is_success"] {
            failed = true
        } else {
            failed =
                root["error_code"].text != nil && keys.allSatisfy { if case .null = root[$0] { true } else { false } }
        }
        if failed {
            let code = root["error_code"].text
            let message = root["error_message"].text ?? root["error_msg"].text
            throw .server(status: status, code: code, message: message)
        }
        return root
    }

    /// The text without one final `\n` (a log ending in a newline has no empty last line).
    static func withoutFinalNewline(_ text: String) -> String {
        // By bytes: "\r\n" is one Character, so `hasSuffix("\n")` would miss it.
        text.utf8.last == 0x0A ? String(decoding: text.utf8.dropLast(), as: UTF8.self) : text
    }

    /// The lines of a `\n`-separated text, split at each U+000A scalar (a `\r\n` is one Character, so a
    /// split by Character would miss it); none for an empty text.
    public static func lines(_ text: String) -> [Substring] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            text[$0.startIndex..<$0.endIndex]
        }
    }

    /// Lines in a `\n`-separated text (0 for an empty one).
    static func lineCount(_ text: String) -> Int {
        text.isEmpty ? 0 : text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
