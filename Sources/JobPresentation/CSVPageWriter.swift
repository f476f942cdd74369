import ModelArts

/// RFC 4180 CSV through `JobCSV`, for `majobs list` and the browser's export. `text` is applied to the
/// server's own strings: `list` makes control characters visible when its output is a terminal.
/// v2 jobs get `V2JobCSV`'s columns.
public struct CSVPageWriter: JobPageWriter {
    public static let header = JobCSV.header
    private let text: (@Sendable (String) -> String)?
    private let api: APIVersion
    /// How many jobs were written.
    public private(set) var count = 0

    public init(text: (@Sendable (String) -> String)? = nil, api: APIVersion = .v1) {
        self.text = text
        self.api = api
    }

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        let v2 = api == .v2
        var out = isFirst ? (v2 ? V2JobCSV.headerLine : JobCSV.headerLine) : ""
        for job in page.jobs {
            let text = self.text ?? { $0 }
            out += v2 ? V2JobCSV.line(job, text: text) : JobCSV.line(job, text: text)
        }
        count += page.jobs.count
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {}
}
