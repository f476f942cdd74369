import ModelArts

/// RFC 4180 CSV through `JobCSV`, for `majobs list` and the browser's export. `text` is applied to the
/// server's own strings: `list` makes control characters visible when its output is a terminal.
public struct CSVPageWriter: JobPageWriter {
    public static let header = JobCSV.header
    private let text: (@Sendable (String) -> String)?
    /// How many jobs were written.
    public private(set) var count = 0

    public init(text: (@Sendable (String) -> String)? = nil) { self.text = text }

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        var out = isFirst ? JobCSV.headerLine : ""
        for job in page.jobs {
            if let text { out += JobCSV.line(job, text: text) } else { out += JobCSV.line(job) }
        }
        count += page.jobs.count
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {}
}
