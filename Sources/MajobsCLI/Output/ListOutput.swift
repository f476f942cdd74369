import Foundation
import JobPresentation
import ModelArts

/// Where `majobs list` writes its pages: the writer for the format and the API of the jobs (chosen when
/// the first API is settled), whether anything was written yet (so an `auto` fallback never follows
/// output), and the closing of the document.
final class ListOutput {
    let format: OutputFormat
    let isTerminal: Bool
    let sink: OutputSink
    let stderr: OutputSink
    private var writer: (any JobPageWriter)?
    /// True once a page (or its header) was written.
    private(set) var started = false

    init(format: OutputFormat, isTerminal: Bool, sink: OutputSink, stderr: OutputSink) {
        self.format = format
        self.isTerminal = isTerminal
        self.sink = sink
        self.stderr = stderr
    }

    /// Picks the writer for `api`'s jobs; a second call (the fallback) replaces it only if nothing was written.
    func begin(api: APIVersion) {
        guard !started else { return }
        writer = Self.makeWriter(format: format, isTerminal: isTerminal, api: api)
    }

    func write(_ page: JobListPage) {
        guard var w = writer else { return }
        w.write(page: page, isFirst: !started, to: sink)
        writer = w
        started = true
    }

    /// Closes the document (a JSON object's end) when anything was written.
    func finish() {
        guard started, var w = writer else { return }
        w.finish(to: sink)
        writer = w
    }

    /// A one-line note on stderr, never mixed into the data on stdout.
    func note(_ text: String) {
        stderr.write("majobs: note: \(text)\n")
    }

    static func makeWriter(format: OutputFormat, isTerminal: Bool, api: APIVersion) -> any JobPageWriter {
        switch format {
        case .json: return api == .v2 ? V2JSONPageWriter() : JSONPageWriter()
        case .csv: return CSVPageWriter(sanitizeForTerminal: isTerminal, api: api)
        case .table:
            let width = isTerminal ? TerminalWidth.current() ?? 120 : 200
            return TablePageWriter(maxWidth: width, utcOffsetSeconds: TimeZone.current.secondsFromGMT(), api: api)
        }
    }
}
