import Foundation
import ModelArts

/// JSON of v2 jobs with v2's own field names, each item exactly as the server sent it (keys sorted):
/// `{"count":N,"items":[…]}`, streamed page by page like `JSONPageWriter`. An item whose raw JSON is
/// unknown (a job built in code) is left out rather than invented.
public struct V2JSONPageWriter: JobPageWriter {
    private var started = false
    /// How many jobs were written.
    public private(set) var count = 0

    public init() {}

    public mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink) {
        var out = ""
        if isFirst {
            started = true
            out += #"{"count":\#(page.totalCount),"items":["#
        }
        let raw = page.rawJobs.compactObjectsByID()
        for job in page.jobs {
            guard let text = raw[job.id] else { continue }
            out += (count == 0 ? "" : ",") + text
            count += 1
        }
        sink.write(out)
    }

    public mutating func finish(to sink: OutputSink) {
        guard started else { return }
        sink.write("]}\n")
    }
}
