import Foundation
import ModelArts

/// JSON with the API's own field names through `JobJSON`, for `majobs list` and the browser's export, so
/// scripts written against `get_job_list` keep working. One page prints exactly as the API's response;
/// several print as one object holding every job, streamed page by page.
public struct JSONPageWriter: JobPageWriter {
    private let encoder = WireCoding.encoder()
    private var quotas = 0
    private var started = false
    /// How many jobs were written (a job the encoder refuses is left out).
    public private(set) var count = 0

    public init() {}

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        var out = ""
        if isFirst {
            started = true
            quotas = page.quotas
            out += JobJSON.head(totalCount: page.totalCount, countLimit: page.countLimit)
        }
        for job in page.jobs {
            guard let text = JobJSON.job(job, encoder: encoder) else { continue }
            out += (count == 0 ? "" : ",") + text
            count += 1
        }
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {
        guard started else { return }
        sink.write(JobJSON.tail(quotas: quotas))
    }
}
