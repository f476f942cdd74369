import JobPresentation
import ModelArts
import TerminalUI

/// An aligned table for people: display-width aware (Chinese names align), human times and
/// durations, the status word. Column widths come from the first page and the terminal width and
/// then stay fixed, so `--all` can stream. Server text is always made visible-safe. v1 and v2 jobs
/// have their own columns (`TablePageWriter+V2`).
public struct TablePageWriter: JobPageWriter {
    struct Column {
        var title: String
        var width: Int
        var rightAligned = false
        var cutMiddle = false
    }

    private let maxWidth: Int
    let utcOffsetSeconds: Int
    let ascii: Bool
    let api: APIVersion
    private var columns: [Column] = []
    public private(set) var count = 0

    /// - Parameters:
    ///   - maxWidth: the terminal width, or a generous default when not a terminal.
    ///   - api: which API's columns to show (v2: nodes × flavor, algorithm or image, a short id).
    public init(maxWidth: Int, utcOffsetSeconds: Int, ascii: Bool = false, api: APIVersion = .v1) {
        self.maxWidth = max(40, maxWidth)
        self.utcOffsetSeconds = utcOffsetSeconds
        self.ascii = ascii
        self.api = api
    }

    func cells(_ job: TrainingJob) -> [String] {
        if api == .v2 { return v2Cells(job) }
        return [
            SafeText.visible(job.name), job.status.word,
            HumanFormat.dateTime(epochMS: job.createTimeMS, utcOffsetSeconds: utcOffsetSeconds, ascii: ascii),
            HumanFormat.duration(ms: job.durationMS, ascii: ascii), String(job.versionCount), job.id.description,
            SafeText.visible(job.description),
        ]
    }

    mutating func layout(for jobs: [TrainingJob]) {
        var spec = api == .v2 ? Self.v2Spec : Self.v1Spec
        if ascii { spec.titles = spec.titles.map { $0.replacingOccurrences(of: "×", with: "x") } }
        var widths = spec.titles.map { DisplayWidth.of($0) }
        for job in jobs {
            for (i, c) in cells(job).enumerated() { widths[i] = max(widths[i], DisplayWidth.of(c)) }
        }
        for (i, cap) in spec.caps { widths[i] = min(widths[i], cap) }
        // Fit the terminal: shrink the columns in the spec's order, each not below its floor.
        let gaps = 2 * (spec.titles.count - 1)
        var overflow = widths.reduce(0, +) + gaps - maxWidth
        for (i, floor) in spec.shrink where overflow > 0 {
            let cut = min(overflow, max(0, widths[i] - floor))
            widths[i] -= cut
            overflow -= cut
        }
        columns = spec.titles.enumerated().map { i, t in
            Column(
                title: t, width: widths[i], rightAligned: spec.rightAligned.contains(i),
                cutMiddle: spec.cutMiddle.contains(i))
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
