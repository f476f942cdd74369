import Foundation
import ModelArts
import Synchronization

/// A v2 search server in memory whose `offset` and `count` mean what the test says, with a hook that
/// runs before each request (to create or delete jobs in between).
public final class FakeV2Server: Sendable {
    public struct State {
        /// Job ids, oldest first; a job's phase is `Running` when its number is even, else `Failed`.
        public var ids: [String]
        public var requests: [(query: V2ListQuery, offset: Int)] = []
        public var beforeRequest: (@Sendable (inout [String], Int) -> Void)?
        public var nextID: Int
    }

    public let offset: V2Paging.Offset
    public let count: V2Paging.Count
    public let state: Mutex<State>

    public init(jobs: Int, offset: V2Paging.Offset, count: V2Paging.Count = .matching) {
        self.offset = offset
        self.count = count
        state = Mutex(State(ids: (0..<jobs).map(Self.id), nextID: jobs))
    }

    public static func id(_ n: Int) -> String { String(format: "job-%05d", n) }
    public static func phase(_ id: String) -> String { (Int(id.dropFirst(4)) ?? 0) % 2 == 0 ? "Running" : "Failed" }

    public var requests: [(query: V2ListQuery, offset: Int)] { state.withLock { $0.requests } }

    /// Appends a new (newest) job.
    public func create() {
        state.withLock { s in
            s.ids.append(Self.id(s.nextID))
            s.nextID += 1
        }
    }

    public func search(_ query: V2ListQuery, wireOffset: Int) -> V2Wire.SearchAnswer {
        state.withLock { s in
            let index = s.requests.count
            s.requests.append((query, wireOffset))
            if let hook = s.beforeRequest { hook(&s.ids, index) }
            var matching = s.ids.filter { query.phases.isEmpty || query.phases.contains(Self.phase($0)) }
            matching = matching.filter { query.name.isEmpty || $0.contains(query.name) }
            if query.order == .desc { matching.reverse() }
            let start = offset == .page ? wireOffset * query.limit : wireOffset
            let slice = start < matching.count ? Array(matching[start..<min(matching.count, start + query.limit)]) : []
            let jobs = slice.map { id in
                TrainingJob(
                    v2ID: id, name: id, phase: Self.phase(id), createTimeMS: 0, durationMS: 0, description: "",
                    facts: V2JobFacts())
            }
            return V2Wire.SearchAnswer(
                jobs: jobs, count: count == .matching ? matching.count : jobs.count, total: s.ids.count)
        }
    }

    public func pager() -> V2Pager {
        V2Pager { query, offset in self.search(query, wireOffset: offset) }
    }

    /// The search answer as a v2 response body: `total`, `count` and items with a metadata id, name and
    /// creation time and a status phase.
    public func responseBody(_ query: V2ListQuery, wireOffset: Int) -> [UInt8] {
        let answer = search(query, wireOffset: wireOffset)
        let items: [[String: Any]] = answer.jobs.enumerated().map { i, job in
            [
                "kind": "job",
                "metadata": ["id": job.id.description, "name": job.name, "create_time": 1_700_000_000_000 + i],
                "status": ["phase": job.status.name, "secondary_phase": job.status.name, "duration": 0],
            ]
        }
        var root: [String: Any] = ["items": items, "limit": query.limit, "offset": wireOffset]
        root["count"] = answer.count
        root["total"] = answer.total
        return Array((try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data())
    }
}
