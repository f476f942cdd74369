import Foundation

/// The list response's jobs exactly as received, for "show me the raw JSON". Decoding keeps only a
/// reference to the body it already holds (no copy, no extra parse); a job's JSON is pulled out on
/// demand. Provenance, not value: two `RawJobs` always compare equal, so pages decoded from the wire
/// still equal pages built in code.
public struct RawJobs: Hashable, Sendable {
    /// One response body and the ids of its `jobs` array, in order.
    struct Source: Sendable {
        var body: Data
        var ids: [JobID]
    }

    var sources: [Source]

    public init() { sources = [] }

    init(body: Data, ids: [JobID]) { sources = [Source(body: body, ids: ids)] }

    /// The `userInfo` key under which `WireCoding.decode` hands the body to `JobListPage`.
    static let bodyKey = CodingUserInfoKey(rawValue: "majobs.rawBody")

    /// Whether no job's JSON is known.
    public var isEmpty: Bool { sources.allSatisfy { $0.ids.isEmpty } }

    /// These jobs and `other`'s (a status group merges several code pages).
    public func merged(with other: RawJobs) -> RawJobs {
        var result = self
        result.sources += other.sources
        return result
    }

    /// The job's object from the response, pretty-printed with sorted keys; values are as received
    /// (strings keep their control characters: callers make them visible). Nil when unknown.
    public func prettyJSON(for id: JobID) -> String? {
        for source in sources.reversed() {
            guard let index = source.ids.firstIndex(of: id),
                let root = try? JSONSerialization.jsonObject(with: source.body) as? [String: Any],
                let jobs = root["jobs"] as? [Any], jobs.indices.contains(index),
                let data = try? JSONSerialization.data(
                    withJSONObject: jobs[index], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            else { continue }
            return String(decoding: data, as: UTF8.self)
        }
        return nil
    }

    public static func == (lhs: RawJobs, rhs: RawJobs) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
