import JobPresentation
import ModelArts
import TerminalUI

/// RFC 4180 CSV through `JobCSV` (shared with the browser's export). When the output is a terminal,
/// control characters are made visible so they cannot act on it; piped output keeps the data exactly.
public struct CSVPageWriter: JobPageWriter {
    public static let header = JobCSV.header
    private let sanitize: Bool

    public init(sanitizeForTerminal: Bool) { sanitize = sanitizeForTerminal }

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        var out = isFirst ? JobCSV.headerLine : ""
        let sanitize = self.sanitize
        for job in page.jobs {
            out += JobCSV.line(job) { sanitize ? SafeText.visible($0) : $0 }
        }
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {}
}
