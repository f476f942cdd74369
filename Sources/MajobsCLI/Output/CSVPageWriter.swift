import ModelArts
import TerminalUI

/// RFC 4180 CSV: a header row, CRLF line ends, fields with `,` `"` CR or LF quoted and `"` doubled.
/// When the output is a terminal, control characters are made visible so they cannot act on it;
/// piped output keeps the data exactly.
public struct CSVPageWriter: JobPageWriter {
    public static let header = [
        "job_id", "job_name", "status", "status_name", "create_time", "duration_ms", "version_count",
        "version_id", "job_desc",
    ]
    private let sanitize: Bool

    public init(sanitizeForTerminal: Bool) { sanitize = sanitizeForTerminal }

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        var out = ""
        if isFirst { out += Self.header.joined(separator: ",") + "\r\n" }
        for job in page.jobs {
            let fields = [
                job.id.description, job.name, job.status.code.map(String.init) ?? job.status.name, job.status.name,
                HumanFormat.iso8601(epochMS: job.createTimeMS), String(job.durationMS), String(job.versionCount),
                String(job.versionID), job.description,
            ]
            out += fields.map { Self.field(sanitize ? SafeText.visible($0) : $0) }.joined(separator: ",") + "\r\n"
        }
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {}

    /// One RFC 4180 field.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
