import Foundation
import ModelArts

/// The CSV rows of jobs, shared by `majobs list --output csv` and the browser's export: RFC 4180,
/// a header row, CRLF line ends, fields with `,` `"` CR or LF quoted and `"` doubled.
public enum JobCSV {
    /// The header row's fields (the API's own names).
    public static let header = [
        "job_id", "job_name", "status", "status_name", "create_time", "duration_ms", "version_count",
        "version_id", "job_desc",
    ]

    /// The header line, CRLF included.
    public static var headerLine: String { header.joined(separator: ",") + "\r\n" }

    /// One job's fields, unquoted; `text` is applied to the server's own strings (name, description).
    public static func fields(_ job: TrainingJob, text: (String) -> String = { $0 }) -> [String] {
        [
            text(job.id.description), text(job.name), job.status.code.map(String.init) ?? text(job.status.name),
            text(job.status.name), HumanFormat.iso8601(epochMS: job.createTimeMS), String(job.durationMS),
            String(job.versionCount), String(job.versionID), text(job.description),
        ]
    }

    /// One job's line, CRLF included.
    public static func line(_ job: TrainingJob, text: (String) -> String = { $0 }) -> String {
        fields(job, text: text).map(field).joined(separator: ",") + "\r\n"
    }

    /// One RFC 4180 field.
    public static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
