import Foundation

/// The list response's jobs (v1 `jobs`, v2 `items`) exactly as received, for "show me the raw JSON". Decoding keeps only a
/// reference to the body it already holds (no copy, no extra parse); a job's JSON is pulled out on
/// demand. Provenance, not value: two `RawJobs` always compare equal, so pages decoded from the wire
/// still equal pages built in code.
public struct RawJobs: Hashable, Sendable {
    /// One response body, the key of its job array (`jobs` on v1, `items` on v2) and the ids of
    /// that array's elements, in order.
    struct Source: Sendable {
        var body: Data
        var ids: [JobID]
        var key = "jobs"
    }

    var sources: [Source]

    public init() { sources = [] }

    init(body: Data, ids: [JobID], key: String = "jobs") { sources = [Source(body: body, ids: ids, key: key)] }

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
        json(for: id, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    }

    /// Every job's object in order, each as one line of JSON with sorted keys and the field names
    /// the server used (what `list --output json` prints for v2).
    public func compactObjects() -> [String] {
        sources.flatMap { source -> [String] in
            guard let root = try? JSONSerialization.jsonObject(with: source.body) as? [String: Any],
                let jobs = root[source.key] as? [Any]
            else { return [] }
            return jobs.compactMap { job in
                guard let data = try? JSONSerialization.data(withJSONObject: job, options: Self.compact) else {
                    return nil
                }
                return String(decoding: data, as: UTF8.self)
            }
        }
    }

    /// Each job's object as one line of JSON (sorted keys, the server's field names), by id: one parse
    /// per response body, for writing jobs in an order other than the server's.
    public func compactObjectsByID() -> [JobID: String] {
        var result: [JobID: String] = [:]
        for source in sources {
            guard let root = try? JSONSerialization.jsonObject(with: source.body) as? [String: Any],
                let jobs = root[source.key] as? [Any]
            else { continue }
            for (id, job) in zip(source.ids, jobs) {
                guard let data = try? JSONSerialization.data(withJSONObject: job, options: Self.compact) else {
                    continue
                }
                result[id] = String(decoding: data, as: UTF8.self)
            }
        }
        return result
    }

    private static let compact: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]

    private func json(for id: JobID, options: JSONSerialization.WritingOptions) -> String? {
        for source in sources.reversed() {
            guard let index = source.ids.firstIndex(of: id),
                let root = try? JSONSerialization.jsonObject(with: source.body) as? [String: Any],
                let jobs = root[source.key] as? [Any], jobs.indices.contains(index),
                let data = try? JSONSerialization.data(withJSONObject: jobs[index], options: options)
            else { continue }
            return String(decoding: data, as: UTF8.self)
        }
        return nil
    }

    public static func == (lhs: RawJobs, rhs: RawJobs) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
