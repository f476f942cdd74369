import Foundation
import JobPresentation
import ModelArts

/// JSON with the API's own field names through `JobJSON` (shared with the browser's export), so
/// scripts written against `get_job_list` keep working. One page prints exactly as the API's
/// response; `--all` prints one object holding every job, streamed page by page.
public struct JSONPageWriter: JobPageWriter {
    private let encoder = WireCoding.encoder()
    private var wroteJob = false
    private var quotas = 0
    private var started = false

    public init() {}

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        if isFirst {
            started = true
            quotas = page.quotas
            sink.write(JobJSON.head(totalCount: page.totalCount, countLimit: page.countLimit))
        }
        for job in page.jobs {
            guard let text = JobJSON.job(job, encoder: encoder) else { continue }
            sink.write((wroteJob ? "," : "") + text)
            wroteJob = true
        }
    }

    public mutating func finish(to sink: OutputSink) {
        guard started else { return }
        sink.write(JobJSON.tail(quotas: quotas))
    }
}
