/// The seeded v2 jobs (contract §2.5): derived from the same seed as the v1 `JobStore` but from a
/// stream of their own, so adding v2 changed no v1 byte. Only what the list filters and sorts on is
/// kept per job; everything else (algorithm, parameters, run records, events) is drawn again from the
/// job's own seed when a response needs it, so 100,000 jobs cost little memory. Jobs are held in
/// creation order (ties by id), which is the only order the v2 search sorts by.
public struct V2JobStore: Sendable {
    struct Record: Sendable {
        var id: String
        var name: String
        var description: String
        var createMS: Int64
        var state: V2JobState
        /// 0 when the job never started.
        var startMS: Int64
        /// The duration of a job that no longer runs.
        var durationMS: Int64
        /// Set for running and terminating jobs: their duration is `now - runningSinceMS`.
        var runningSinceMS: Int64?
        var nodeCount: Int
        var flavor: Int
        var userName: String
        /// The seed of everything drawn on demand for this job.
        var detailSeed: UInt64
    }

    public let seed: UInt64
    /// The `now` the store was generated for (epoch ms).
    public let generatedAtMS: Int64
    let records: [Record]
    /// Lowercased names in store order, for `name like`.
    let names: NameSearchIndex
    /// Each job's phase bit (`V2JobState.phaseBit`), in store order.
    let phaseBits: [UInt8]
    /// In live mode, each active job's future, aligned with `records` (empty when the store stands still).
    let timelines: [V2LiveTimeline?]
    /// Terminates and deletes accepted so far, laid over the seeded jobs.
    let writes = WriteLedger()
    private let indexByID: [String: Int]

    /// How many jobs the store holds.
    public var count: Int { records.count }

    /// Every job's id, in creation order (oldest first).
    public var ids: [String] { records.map(\.id) }

    /// A store of `count` jobs as of `now`; `live` lets its active jobs move on from `now` (`--live`).
    public init(count: Int, seed: UInt64, now: Int64, live: Bool = false) {
        self.seed = seed
        generatedAtMS = now
        var rng = SeededRandom(seed, 0x5632_4A42)
        let count = max(0, count)
        let all = V2JobState.allCases
        var states: [V2JobState] = count >= all.count ? all : []
        let weights = all.map(\.weight)
        while states.count < count { states.append(all[rng.weighted(weights)]) }
        rng.shuffle(&states)
        var drafts = states.map { Self.draft($0, now: now, rng: &rng) }
        drafts.sort { $0.createMS != $1.createMS ? $0.createMS < $1.createMS : $0.id < $1.id }
        records = drafts
        names = NameSearchIndex(lowercasedNames: drafts.map { $0.name.lowercased() })
        phaseBits = drafts.map { UInt8(1) << UInt8($0.state.phaseIndex) }
        var index: [String: Int] = [:]
        for (i, r) in drafts.enumerated() { index[r.id] = i }
        indexByID = index
        timelines =
            live
            ? drafts.map { record in
                var rng = SeededRandom(seed, 0x5632_4C56, record.detailSeed)
                return V2LiveTimeline.forActive(record, startMS: now, rng: &rng)
            } : []
    }

    /// Whether jobs move with the clock.
    var isLive: Bool { !timelines.isEmpty }

    /// The job at `index` as of `nowMS`: in live mode with its state and run moved on.
    func record(_ index: Int, at nowMS: Int64) -> Record {
        record(index, at: nowMS, stop: writes.v2Stop(index))
    }

    /// The job at `index` as of `nowMS` with `stop` (rather than the ledger's) applied.
    func record(_ index: Int, at nowMS: Int64, stop: WriteLedger.Stop?) -> Record {
        var record = records[index]
        if isLive, let timeline = timelines[index] { record = timeline.apply(to: record, at: nowMS) }
        if let stop, stop.atMS <= nowMS { record = Self.stopped(record, stop, at: nowMS) }
        return record
    }

    /// A job terminated by `stop`: Terminating until the stop settles, then Terminated with its run
    /// ended there. A run the live timeline would have begun after the stop never begins.
    static func stopped(_ record: Record, _ stop: WriteLedger.Stop, at nowMS: Int64) -> Record {
        var record = record
        if record.startMS > stop.atMS { (record.startMS, record.runningSinceMS, record.durationMS) = (0, nil, 0) }
        guard nowMS >= stop.settleMS else {
            record.state = .terminating
            return record
        }
        record.state = .terminated
        if let since = record.runningSinceMS {
            (record.runningSinceMS, record.durationMS) = (nil, max(0, stop.settleMS - since))
        } else if record.startMS > 0 {
            record.durationMS = min(record.durationMS, max(0, stop.settleMS - record.startMS))
        }
        return record
    }

    /// Each job's phase bit as of `nowMS` (the precomputed bits unless the store is live or written to).
    func phaseBits(at nowMS: Int64) -> [UInt8] {
        if isLive { return records.indices.map { UInt8(1) << UInt8(record($0, at: nowMS).state.phaseIndex) } }
        let stopped = writes.read { Array($0.v2Stops.keys) }
        guard !stopped.isEmpty else { return phaseBits }
        var bits = phaseBits
        for i in stopped { bits[i] = UInt8(1) << UInt8(record(i, at: nowMS).state.phaseIndex) }
        return bits
    }

    /// The store position of a job, or nil when there is no such job (or it has been deleted).
    func index(of id: String) -> Int? {
        guard let i = indexByID[id], !writes.isV2Deleted(i) else { return nil }
        return i
    }

    /// A job's duration as of `nowMS` (running jobs' durations grow).
    func durationMS(_ record: Record, at nowMS: Int64) -> Int64 {
        record.runningSinceMS.map { max(0, nowMS - $0) } ?? record.durationMS
    }

    // MARK: Generation

    private static let secondMS: Int64 = 1_000
    private static let minuteMS: Int64 = 60_000
    private static let hourMS: Int64 = 3_600_000
    private static let dayMS: Int64 = 86_400_000

    private static func draft(_ state: V2JobState, now: Int64, rng: inout SeededRandom) -> Record {
        let age: Int64
        switch state {
        case .creating: age = rng.int(in: (5 * secondMS)...(10 * minuteMS))
        case .pending: age = rng.int(in: minuteMS...(48 * hourMS))
        case .running, .terminating: age = rng.int(in: (2 * minuteMS)...(72 * hourMS))
        default: age = rng.int(in: (10 * minuteMS)...(JobStore.historyDays * dayMS))
        }
        let create = now - age
        var start: Int64 = 0
        var duration: Int64 = 0
        var runningSince: Int64?
        let ranBefore = !(state == .createFailed || (state == .terminated && rng.chance(0.3)))
        if state == .running || state == .terminating {
            start = create + rng.int(in: (5 * secondMS)...min(10 * minuteMS, age / 2))
            runningSince = start
        } else if !state.isActive && ranBefore {
            start = create + rng.int(in: (5 * secondMS)...min(30 * minuteMS, age / 4))
            let room = max(minuteMS, now - start - minuteMS)
            duration = min(rng.logUniform(in: (2 * minuteMS)...(3 * dayMS)), room)
        }
        let flavor = rng.weighted(V2Catalog.flavorWeights)
        let nodeCount = min([1, 2, 4, 8, 16][rng.weighted([55, 20, 15, 7, 3])], V2Catalog.flavors[flavor].maxNodes)
        return Record(
            id: uuid(&rng), name: JobStore.name(rng: &rng), description: JobStore.description(rng: &rng),
            createMS: create, state: state, startMS: start, durationMS: duration, runningSinceMS: runningSince,
            nodeCount: nodeCount, flavor: flavor, userName: rng.pick(V2Catalog.userNames), detailSeed: rng.next())
    }

    /// A version-4 UUID from the generator, lowercase as the service writes them.
    static func uuid(_ rng: inout SeededRandom) -> String {
        let (a, b) = (rng.next(), rng.next())
        let high = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x4000
        let low = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let h = String(high, radix: 16).leftPadded(to: 16)
        let l = String(low, radix: 16).leftPadded(to: 16)
        let c = Array(h + l)
        func part(_ r: Range<Int>) -> String { String(c[r]) }
        return "\(part(0..<8))-\(part(8..<12))-\(part(12..<16))-\(part(16..<20))-\(part(20..<32))"
    }
}
