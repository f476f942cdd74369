import JobPresentation
import ModelArts
import TerminalUI

/// An aligned table for people: display-width aware (Chinese names align), human times and
/// durations, the status word. Column widths come from the first page and the terminal width and
/// then stay fixed, so `--all` can stream. Server text is always made visible-safe.
public struct TablePageWriter: JobPageWriter {
    struct Column {
        var title: String
        var width: Int
        var rightAligned = false
        var cutMiddle = false
    }

    private let maxWidth: Int
    private let utcOffsetSeconds: Int
    private let ascii: Bool
    private var columns: [Column] = []
    public private(set) var count = 0

    /// - Parameters:
    ///   - maxWidth: the terminal width, or a generous default when not a terminal.
    public init(maxWidth: Int, utcOffsetSeconds: Int, ascii: Bool = false) {
        self.maxWidth = max(40, maxWidth)
        self.utcOffsetSeconds = utcOffsetSeconds
        self.ascii = ascii
    }

    func cells(_ job: TrainingJob) -> [String] {
        [
            SafeText.visible(job.name), job.status.word,
            HumanFormat.dateTime(epochMS: job.createTimeMS, utcOffsetSeconds: utcOffsetSeconds, ascii: ascii),
            HumanFormat.duration(ms: job.durationMS, ascii: ascii), String(job.versionCount), job.id.description,
            SafeText.visible(job.description),
        ]
    }

    mutating func layout(for jobs: [TrainingJob]) {
        let titles = ["NAME", "STATUS", "CREATED", "DURATION", "VERSIONS", "ID", "DESCRIPTION"]
        var widths = titles.map { DisplayWidth.of($0) }
        for job in jobs {
            for (i, c) in cells(job).enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) }
        }
        widths[0] = min(widths[0], 60)
        widths[6] = min(widths[6], 60)
        // Fit the terminal: shrink the description, then the name (never below 12).
        let gaps = 2 * (titles.count - 1)
        var overflow = widths.reduce(0, +) + gaps - maxWidth
        if overflow > 0 {
            let cut = min(overflow, max(0, widths[6] - 11))
            widths[6] -= cut
            overflow -= cut
        }
        if overflow > 0 {
            let cut = min(overflow, max(0, widths[0] - 12))
            widths[0] -= cut
        }
        columns = titles.enumerated().map { i, t in
            Column(title: t, width: widths[i], rightAligned: i == 3 || i == 4, cutMiddle: i == 0)
        }
    }

    func line(_ values: [String]) -> String {
        var parts: [String] = []
        for (i, col) in columns.enumerated() {
            let v = col.cutMiddle ? TextFit.truncateMiddle(values[i], to: col.width) : values[i]
            parts.append(col.rightAligned ? TextFit.padLeft(v, to: col.width) : TextFit.padRight(v, to: col.width))
        }
        var s = parts.joined(separator: "  ")
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        var out = ""
        if isFirst {
            layout(for: page.jobs)
            out += line(columns.map(\.title)) + "\n"
        }
        for job in page.jobs {
            out += line(cells(job)) + "\n"
            count += 1
        }
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {}
}
