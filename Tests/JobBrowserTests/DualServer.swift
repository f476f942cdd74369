import JobBrowser
import ModelArts
import TerminalUI
import TestSupport

/// An account with both APIs, in memory: v1 answers from `InMemoryServer`, v2 from a list of v2 jobs
/// (name substring, `phase in`, creation order; a local sort sorts the whole match here as the
/// runtime's collector would).
struct DualServer: Sendable {
    let v1: InMemoryServer
    let v2: [TrainingJob]

    init(v1: [TrainingJob] = SampleJobs.plain(23), v2: [TrainingJob] = SampleV2Jobs.plain(37)) {
        self.v1 = InMemoryServer(v1)
        self.v2 = v2
    }

    func matching(_ q: V2ListQuery) -> [TrainingJob] {
        let found = v2.filter { job in
            (q.name.isEmpty || job.name.contains(q.name)) && (q.phases.isEmpty || q.phases.contains(job.status.name))
        }
        return found.sorted { JobOrdering.precedes($0, $1, by: .created, order: q.order) }
    }

    func answer(_ r: FetchRequest) -> JobListPage {
        switch r {
        case .page, .group:
            return v1.answer(r)
        case .v2(let q):
            let all = matching(q)
            let start = min(all.count, (q.page - 1) * q.limit)
            return SampleJobs.page(Array(all[start..<min(all.count, start + q.limit)]), total: all.count)
        case .v2Sorted(let q):
            return q.page(of: V2LocalSort.Collection(jobs: matching(q.search)))
        }
    }
}

extension BrowserState {
    /// A started browser on an account with both APIs, showing `api` first, its first page loaded.
    static func dual(
        _ server: DualServer, api: APIVersion = .v2, available: [APIVersion] = [.v2, .v1], perPage: Int = 5,
        size: Size = Size(width: 120, height: 40)
    ) -> BrowserState {
        var config = BrowserConfig(sourceLabel: "test")
        config.perPage = perPage
        config.api = api
        config.availableAPIs = available
        var state = BrowserState(config: config, size: size, nowMS: SampleJobs.nowMS)
        state.answerAll(state.reduce(.start), from: server)
        return state
    }

    /// Answers every fetch in `effects` from `server` (and what those answers ask for, once).
    mutating func answerAll(_ effects: [BrowserEffect], from server: DualServer, depth: Int = 1) {
        for effect in effects {
            guard case .fetch(let r, let g) = effect else { continue }
            let more = reduce(.pageLoaded(r, generation: g, server.answer(r)))
            if depth > 0 { answerAll(more, from: server, depth: depth - 1) }
        }
    }
}

extension FetchRequest {
    /// The query of a `.v2` request; nil for any other.
    var asV2: V2ListQuery? {
        if case .v2(let query) = self { query } else { nil }
    }

    /// The query of a `.v2Sorted` request; nil for any other.
    var asV2Sorted: V2LocalSortQuery? {
        if case .v2Sorted(let query) = self { query } else { nil }
    }
}
