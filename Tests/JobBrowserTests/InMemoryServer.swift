import JobBrowser
import ModelArts
import Synchronization
import TerminalUI
import TestSupport

/// A list server over an in-memory job list, answering like the v1 API: filter by code and name
/// substring, sort by `JobOrdering`, slice the page. Records every query it answers.
final class InMemoryServer: Sendable {
    let jobs: [TrainingJob]
    private let log = Mutex<[JobListQuery]>([])

    init(_ jobs: [TrainingJob]) { self.jobs = jobs }

    /// Every query answered, in order.
    var queries: [JobListQuery] { log.withLock { $0 } }

    /// The jobs matching a filter, in list order (the reference the merger is checked against).
    func matching(codes: [Int]?, search: String, sortBy: SortField, order: SortOrder) -> [TrainingJob] {
        jobs.filter { job in
            (codes.map { c in job.status.code.map(c.contains) ?? false } ?? true)
                && (search.isEmpty || job.name.contains(search))
        }.sorted { JobOrdering.precedes($0, $1, by: sortBy, order: order) }
    }

    /// One v1 page.
    func answer(_ q: JobListQuery) -> JobListPage {
        log.withLock { $0.append(q) }
        let all = matching(codes: q.status.map { [$0] }, search: q.searchContent, sortBy: q.sortBy, order: q.order)
        let start = min(all.count, (q.page - 1) * q.perPage)
        let end = min(all.count, start + q.perPage)
        return SampleJobs.page(Array(all[start..<end]), total: all.count)
    }

    /// What the runtime would answer for a fetch effect (group pages merged from scratch).
    func answer(_ r: FetchRequest) -> JobListPage {
        switch r {
        case .page(let q):
            return answer(q)
        case .group(let g):
            let all = matching(codes: g.codes, search: g.searchContent, sortBy: g.sortBy, order: g.order)
            let start = min(all.count, (g.page - 1) * g.perPage)
            let end = min(all.count, start + g.perPage)
            return SampleJobs.page(Array(all[start..<end]), total: all.count)
        case .v2, .v2Sorted:
            return SampleJobs.page([], total: 0)  // a v1 server has no v2 jobs
        }
    }
}

/// Test shorthands for driving a `BrowserState`.
extension BrowserState {
    /// A started browser on `jobs` with `perPage` rows per page, first page loaded.
    static func loaded(
        _ server: InMemoryServer, perPage: Int = 5, size: Size = Size(width: 120, height: 40),
        config: BrowserConfig = BrowserConfig(sourceLabel: "test", sortField: .name, sortOrder: .asc)
    ) -> BrowserState {
        var c = config
        c.perPage = perPage
        var state = BrowserState(config: c, size: size, nowMS: SampleJobs.nowMS)
        let effects = state.reduce(.start)
        state.answerAll(effects, from: server)
        return state
    }

    /// Answers every fetch in `effects` from `server` (and whatever those answers ask for, once).
    mutating func answerAll(_ effects: [BrowserEffect], from server: InMemoryServer, depth: Int = 1) {
        for effect in effects {
            guard case .fetch(let r, let g) = effect else { continue }
            let more = reduce(.pageLoaded(r, generation: g, server.answer(r)))
            if depth > 0 { answerAll(more, from: server, depth: depth - 1) }
        }
    }

    /// Presses keys in order and returns all effects.
    mutating func press(_ keys: Key...) -> [BrowserEffect] {
        keys.flatMap { reduce(.key($0)) }
    }

    /// Types text into whatever has the keyboard.
    mutating func type(_ text: String) -> [BrowserEffect] {
        text.flatMap { reduce(.key(.char($0))) }
    }

    /// The ids of the rows on screen.
    var rowIDs: [JobID] { rows.map(\.id) }
}

/// Shorthand for a numeric job id.
func id(_ n: Int64) -> JobID { .number(n) }
