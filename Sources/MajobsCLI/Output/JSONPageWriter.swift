import Foundation
import ModelArts

/// JSON with the API's own field names, so scripts written against `get_job_list` keep working.
/// One page prints exactly as the API's response; `--all` prints one object holding every job,
/// streamed page by page. Keys are sorted; control characters are escaped by the encoder.
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
            sink.write(#"{"is_success":true,"job_count_limit":\#(page.countLimit),"job_total_count":\#(page.totalCount),"jobs":["#)
        }
        for job in page.jobs {
            guard let data = try? encoder.encode(job) else { continue }
            sink.write((wroteJob ? "," : "") + String(decoding: data, as: UTF8.self))
            wroteJob = true
        }
    }

    public mutating func finish(to sink: OutputSink) {
        guard started else { return }
        sink.write(#"],"quotas":\#(quotas)}"# + "\n")
    }
}
