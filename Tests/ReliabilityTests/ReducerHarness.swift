import ModelArtsEmulator
import JobBrowser
import ModelArts
import TerminalUI
import TestSupport

/// Drives `BrowserState.reduce` with random keys and server events, playing the runtime's part
/// (answering fetches in any order, firing debounces, ticking the clock), and checks the invariants
/// after every event. Violations are collected as text, so a failure says which step broke what.
struct ReducerHarness {
    var state: BrowserState
    let jobs: [TrainingJob]
    var rng: SeededRandom
    /// Fetches issued and not yet answered, with their generation.
    var outstanding: [(FetchRequest, Int)] = []
    var debounces: [Int] = []
    var versionRequests: [JobID] = []
    var violations: [String] = []
    var steps = 0
    var fetches = 0
    var staleDeliveries = 0

    static let keys: [Key] =
        "jjjkkk]]][[gGNSDCVsdn/r?f0123 aé训xyzJK".map { Key.char($0) } + [
            .enter, .enter, .escape, .escape, .backspace, .up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab,
            .left, .right, .ctrl("u"), .ctrl("w"), .ctrl("f"), .ctrl("b"), .ctrl("d"), .delete,
        ]

    init(seed: UInt64) {
        rng = SeededRandom(seed: seed)
        let count = Int.random(in: 0...260, using: &rng)
        jobs = SampleJobs.plain(count) + SampleJobs.everyStatus() + SampleJobs.awkwardNames()
        state = Self.fresh(&rng)
        apply(.start)
    }

    static func fresh(_ rng: inout SeededRandom) -> BrowserState {
        let perPage: Int? = Bool.random(using: &rng) ? nil : Int.random(in: 1...40, using: &rng)
        let config = BrowserConfig(sourceLabel: "property", perPage: perPage)
        let size = Size(width: Int.random(in: 20...160, using: &rng), height: Int.random(in: 4...60, using: &rng))
        return BrowserState(config: config, size: size, nowMS: SampleJobs.nowMS)
    }

    /// One random event.
    mutating func step() {
        steps += 1
        let roll = Int.random(in: 0..<100, using: &rng)
        switch roll {
        case 0..<45:
            apply(.key(Self.keys.randomElement(using: &rng) ?? .down))
        case 45..<72 where !outstanding.isEmpty:
            let i = Int.random(in: 0..<outstanding.count, using: &rng)
            let (request, g) = outstanding.remove(at: i)
            if Int.random(in: 0..<5, using: &rng) == 0 {
                deliver(.pageFailed(request, generation: g, .server(status: 503, code: nil, message: "busy")), g)
            } else {
                deliver(.pageLoaded(request, generation: g, answer(request)), g)
            }
        case 72..<80:
            if let g = debounces.popLast() { deliver(.debounceElapsed(generation: g), g) }
            // A debounce for a generation long gone.
            let old = state.generation - Int.random(in: 1...3, using: &rng)
            deliver(.debounceElapsed(generation: old), old)
        case 80..<84:
            // An answer for a generation that is no longer current must change nothing.
            let old = state.generation - Int.random(in: 1...3, using: &rng)
            if let request = state.wantedRequest {
                deliver(.pageLoaded(request, generation: old, answer(request)), old)
            }
        case 84..<90:
            apply(.tick(nowMS: state.nowMS + Int64.random(in: 0...120_000, using: &rng)))
        case 90..<93:
            let width = Int.random(in: 1...200, using: &rng), height = Int.random(in: 1...80, using: &rng)
            apply(.resized(Size(width: width, height: height)))
        case 93..<96 where !versionRequests.isEmpty:
            let id = versionRequests.removeFirst()
            apply(.versionsFailed(id, .timeout(seconds: 1)))
        default:
            apply(.key(.char("r")))
        }
    }

    /// Delivers an event that carries generation `g`; a stale one must be a no-op.
    mutating func deliver(_ event: BrowserEvent, _ g: Int) {
        guard g < state.generation else { return apply(event) }
        staleDeliveries += 1
        let before = state
        let effects = state.reduce(event)
        if !effects.isEmpty { violations.append("step \(steps): stale generation \(g) gave \(effects)") }
        if state != before { violations.append("step \(steps): stale generation \(g) changed the state") }
    }

    mutating func apply(_ event: BrowserEvent) {
        let effects = state.reduce(event)
        for effect in effects {
            switch effect {
            case .fetch(let request, let g):
                fetches += 1
                if outstanding.contains(where: { $0.0 == request && $0.1 == g }) {
                    violations.append("step \(steps): a second fetch of \(request) in generation \(g) after \(event)")
                }
                outstanding.append((request, g))
            case .debounce(let g, _):
                debounces.append(g)
            case .fetchVersions(let id):
                versionRequests.append(id)
            case .quit:
                state = Self.fresh(&rng)
                outstanding = []
                debounces = []
                apply(.start)
                return
            default:
                break
            }
        }
        checkInvariants(after: event)
    }

    mutating func checkInvariants(after event: BrowserEvent) {
        let s = state
        let sel = s.selection
        if sel.count == 0 ? sel.index != 0 : !(0..<sel.count).contains(sel.index) {
            violations.append("step \(steps): selection \(sel.index) outside \(sel.count) rows after \(event)")
        }
        // The table is one list over the query: once its count is known, the selection spans exactly it.
        if s.showsWantedQuery, s.paging.total != nil, sel.count != s.paging.rowCount {
            violations.append("step \(steps): selection counts \(sel.count), list \(s.paging.rowCount) after \(event)")
        }
        // No job shows twice among the rows in view (pages fetched across a change of count are not mixed).
        let shown = sel.visibleRange.compactMap { s.job(at: $0)?.id }
        if Set(shown).count != shown.count {
            violations.append("step \(steps): a job shows twice in view after \(event)")
        }
        if !(1...Paging.maxPage).contains(s.paging.page) {
            violations.append("step \(steps): page \(s.paging.page) outside 1...\(Paging.maxPage)")
        }
        if case .loaded = s.phase, s.showsWantedPage, let count = s.paging.pageCount, s.paging.page > max(1, count) {
            violations.append("step \(steps): page \(s.paging.page) beyond the last page \(count) after \(event)")
        }
        // A settled query (nothing debouncing) that is loading has exactly one fetch of it in flight, or
        // none while it waits for a page of the same query that was passed over while paging on (the
        // wanted page is fetched when that one answers: one request, not one per key press).
        if case .loading = s.phase, s.pendingDebounce == nil, let wanted = s.wantedRequest {
            let current = outstanding.filter { $0.1 == s.generation }.map(\.0)
            let live = current.filter { $0 == wanted }.count
            let waiting = current.contains { $0 != wanted && $0.onPage(wanted.pageNumber) == wanted }
            if live > 1 || (live == 0 && !waiting) {
                violations.append("step \(steps): loading \(wanted) with \(live) fetches in flight after \(event)")
            }
        }
    }

    /// What a v1 server over `jobs` answers.
    func answer(_ request: FetchRequest) -> JobListPage {
        let codes: [Int]?, search: String, field: SortField, order: SortOrder
        switch request {
        case .page(let q): (codes, search, field, order) = (q.status.map { [$0] }, q.searchContent, q.sortBy, q.order)
        case .group(let g): (codes, search, field, order) = (g.codes, g.searchContent, g.sortBy, g.order)
        case .v2, .v2Sorted: return SampleJobs.page([], total: 0)  // a v1 server has no v2 jobs
        }
        let all = jobs.filter { job in
            (codes.map { c in job.status.code.map(c.contains) ?? false } ?? true)
                && (search.isEmpty || job.name.lowercased().contains(search.lowercased()))
        }.sorted { JobOrdering.precedes($0, $1, by: field, order: order) }
        let start = min(all.count, (request.pageNumber - 1) * request.perPage)
        let end = min(all.count, start + request.perPage)
        return SampleJobs.page(Array(all[start..<end]), total: all.count)
    }
}
