import JobBrowser
import ModelArts
import TerminalUI
import TestSupport
import Testing

/// Browser states for the snapshots, built through the reducer like the real thing.
enum ViewFixtures {
    static let beijing = 8 * 3600

    static func config(demo: Bool = true, perPage: Int? = nil) -> BrowserConfig {
        BrowserConfig(
            sourceLabel: demo ? "demo (local emulator)" : "cn-north-4 · a1b2c3d4", isDemo: demo, perPage: perPage,
            refreshIntervalMS: 60_000, utcOffsetSeconds: beijing, sortField: .created, sortOrder: .desc)
    }

    /// Started, with the first fetch still out.
    static func loading(_ size: Size, demo: Bool = true) -> BrowserState {
        var state = BrowserState(config: config(demo: demo), size: size, nowMS: SampleJobs.nowMS)
        _ = state.reduce(.start)
        return state
    }

    /// Started and the first page answered with `jobs` (a page's worth) and `total`. When `total` is
    /// larger, the pages are `jobs.count` long, so the first is full and the list goes on past it.
    static func loaded(
        _ jobs: [TrainingJob], total: Int? = nil, size: Size, demo: Bool = true,
        perPage: Int? = nil
    ) -> BrowserState {
        let pageSize = perPage ?? ((total ?? 0) > jobs.count ? jobs.count : nil)
        var state = BrowserState(config: config(demo: demo, perPage: pageSize), size: size, nowMS: SampleJobs.nowMS)
        answerFirst(state.reduce(.start), with: jobs, total: total, state: &state)
        return state
    }

    static func answerFirst(
        _ effects: [BrowserEffect], with jobs: [TrainingJob], total: Int?, state: inout BrowserState,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for case .fetch(let r, let g) in effects {
            let page = Array(jobs.prefix(r.perPage))
            _ = state.reduce(.pageLoaded(r, generation: g, SampleJobs.page(page, total: total ?? jobs.count)))
            return
        }
        Issue.record("no fetch to answer among \(effects)", sourceLocation: sourceLocation)
    }

    static func press(_ state: inout BrowserState, _ keys: Key...) {
        for key in keys { _ = state.reduce(.key(key)) }
    }
}

extension BrowserEffect {
    /// The request of a `.fetchForProfile`, so a test can `#require` it; nil for any other effect.
    var asProfileFetch: FetchRequest? {
        if case .fetchForProfile(_, let request) = self { request } else { nil }
    }
}
