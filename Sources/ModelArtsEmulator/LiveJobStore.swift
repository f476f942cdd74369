import ModelArts

/// A seeded store that lives: from `startMS` on, queued jobs start, running jobs finish or fail,
/// stopping jobs stop, and new jobs are submitted now and then. Everything is drawn up front from
/// the seed, so the list at any moment is a pure function of (seed, time): tests ask for the jobs
/// at `startMS + 90_000` without waiting, and two emulators with one seed agree.
public struct LiveJobStore: Sendable {
    /// A job submitted after the start, with its life ahead of it.
    struct Arrival: Sendable {
        var job: TrainingJob
        var timeline: LiveTimeline
    }

    /// The jobs as they were at the start.
    public let base: JobStore
    /// When the store starts living (epoch ms); before it, the store is the base store.
    public let startMS: Int64
    /// New jobs are submitted until this long after the start.
    public let horizonMS: Int64
    /// The future of each base job, aligned with `base.records` (nil: it never changes).
    let timelines: [LiveTimeline?]
    /// Jobs submitted after the start, in submission order (ids grow with it).
    let arrivals: [Arrival]
    let arrivalNames: [String]
    private let arrivalIndexByID: [JobID: Int]
    private let baseIndexByID: [JobID: Int]

    /// The first new job comes soon after the start, so a demo shows life at once.
    public static let firstArrivalMS: ClosedRange<Int64> = 6_000...12_000
    /// The gap between later submissions.
    public static let arrivalGapMS: ClosedRange<Int64> = 20_000...100_000

    public init(base: JobStore, startMS: Int64? = nil, horizonMS: Int64 = 86_400_000) {
        let start = startMS ?? base.generatedAtMS
        self.base = base
        self.startMS = start
        self.horizonMS = max(0, horizonMS)
        var baseIndex: [JobID: Int] = [:]
        for (i, r) in base.records.enumerated() where baseIndex[r.job.id] == nil { baseIndex[r.job.id] = i }
        baseIndexByID = baseIndex
        timelines = base.records.map { record in
            guard case .number(let n) = record.job.id else { return nil }
            var rng = SeededRandom(base.seed, 0x4C49_5645, UInt64(bitPattern: n))
            return LiveTimeline.forExisting(
                record.job, runningSinceMS: record.runningSinceMS, startMS: start,
                rng: &rng)
        }
        var rng = SeededRandom(base.seed, 0x4152_5256)
        var lastID =
            base.records.compactMap { r -> Int64? in
                if case .number(let n) = r.job.id { return n }
                return nil
            }.max() ?? 100_000
        var at = start + rng.int(in: Self.firstArrivalMS)
        var arrivals: [Arrival] = []
        while at <= start + self.horizonMS {
            lastID += rng.int(in: 1...400)
            let job = TrainingJob(
                id: .number(lastID), name: JobStore.name(rng: &rng),
                versionID: rng.int(in: 1_000_000_000_000_000_000...9_000_000_000_000_000_000), status: .code(1),
                createTimeMS: at, durationMS: 0, description: JobStore.description(rng: &rng),
                versionCount: rng.chance(0.8) ? 1 : rng.int(in: 2...4))
            arrivals.append(Arrival(job: job, timeline: LiveTimeline.forNew(createMS: at, rng: &rng)))
            at += rng.int(in: Self.arrivalGapMS)
        }
        self.arrivals = arrivals
        arrivalNames = arrivals.map { $0.job.name.lowercased() }
        var index: [JobID: Int] = [:]
        for (i, a) in arrivals.enumerated() { index[a.job.id] = i }
        arrivalIndexByID = index
    }

    /// How many new jobs have been submitted by `nowMS`.
    public func arrivedCount(at nowMS: Int64) -> Int {
        var lo = 0, hi = arrivals.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if arrivals[mid].job.createTimeMS <= nowMS { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Every job as of `nowMS`: the base jobs in store order, then the new ones in submission order.
    public func jobs(at nowMS: Int64) -> [TrainingJob] {
        var jobs: [TrainingJob] = []
        let arrived = arrivedCount(at: nowMS)
        jobs.reserveCapacity(base.records.count + arrived)
        for (i, record) in base.records.enumerated() {
            jobs.append(Self.view(record, timeline: timelines[i], at: nowMS))
        }
        for a in arrivals[0..<arrived] { jobs.append(a.timeline.apply(to: a.job, at: nowMS)) }
        return jobs
    }

    /// Lowercased names aligned with `jobs(at: nowMS)`, for `search_content`.
    public func lowercasedNames(at nowMS: Int64) -> [String] {
        base.lowercasedNames + arrivalNames[0..<arrivedCount(at: nowMS)]
    }

    /// One job as of `nowMS`, or nil when there is no such job (yet).
    public func job(_ id: JobID, at nowMS: Int64) -> TrainingJob? {
        if let i = baseIndexByID[id] {
            return Self.view(base.records[i], timeline: timelines[i], at: nowMS)
        }
        guard let i = arrivalIndexByID[id], arrivals[i].job.createTimeMS <= nowMS else { return nil }
        return arrivals[i].timeline.apply(to: arrivals[i].job, at: nowMS)
    }

    /// The versions of a job as of `nowMS`, newest first; the newest carries the live status and run start.
    public func versions(for id: JobID, at nowMS: Int64) -> [JobVersion]? {
        guard let job = job(id, at: nowMS), var versions = base.versions(of: job) else { return nil }
        if !versions.isEmpty, let start = timeline(of: id)?.runStartMS {
            versions[0].startTimeMS = start <= nowMS ? start : nil
        }
        return versions
    }

    /// Upper limit of running training jobs (`quotas`), as of `nowMS`.
    public func quotas(at nowMS: Int64) -> Int {
        Self.quotas(of: jobs(at: nowMS))
    }

    /// `quotas` for jobs already computed: room for the running ones, in tens, at least 20.
    static func quotas(of jobs: [TrainingJob]) -> Int {
        let running = jobs.filter { $0.status.group == .running }.count
        return max(20, (running + 9) / 10 * 10)
    }

    /// How many more training jobs may still be created (`job_count_limit`), as of `nowMS`.
    public func jobCountLimit(at nowMS: Int64) -> Int {
        max(0, 1000 - base.records.count - arrivedCount(at: nowMS))
    }

    /// Every moment in `range` at which some job changes status or a new job appears, sorted.
    public func changeTimes(in range: ClosedRange<Int64>) -> [Int64] {
        let moves =
            timelines.compactMap { $0 }.flatMap(\.changeTimes)
            + arrivals.flatMap { [$0.job.createTimeMS] + $0.timeline.changeTimes }
        return moves.filter(range.contains).sorted()
    }

    func timeline(of id: JobID) -> LiveTimeline? {
        if let i = baseIndexByID[id] { return timelines[i] }
        return arrivalIndexByID[id].map { arrivals[$0].timeline }
    }

    static func view(_ record: JobStore.Record, timeline: LiveTimeline?, at nowMS: Int64) -> TrainingJob {
        guard let timeline else { return JobStore.view(record, at: nowMS) }
        return timeline.apply(to: record.job, at: nowMS)
    }
}
