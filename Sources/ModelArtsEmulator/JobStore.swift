import ModelArts

/// A deterministic, seeded set of training jobs: the same count, seed and `now` always give the
/// same jobs. Running jobs keep running: `jobs(at:)` reports their duration as of that moment.
public struct JobStore: Sendable {
    struct Record: Sendable {
        var job: TrainingJob
        /// Set for running and stopping jobs: their duration is `now - runningSinceMS`.
        var runningSinceMS: Int64?
    }

    public let seed: UInt64
    /// The `now` the store was generated for (epoch ms).
    public let generatedAtMS: Int64
    let records: [Record]
    /// Job names lowercased once, in store order, for `search_content`.
    let lowercasedNames: [String]
    /// Names, statuses and quotas laid out for the v1 list (see `ListIndex`).
    let listIndex: ListIndex
    private let indexByID: [JobID: Int]

    /// Codes outside the documented 0...22 that a store of 100 jobs or more also holds.
    public static let outsideCodes = [37, 64]
    /// Jobs created before `now` are spread over this many days.
    public static let historyDays: Int64 = 90

    public init(count: Int, seed: UInt64, now: Int64) {
        self.seed = seed
        self.generatedAtMS = now
        var rng = SeededRandom(seed, 0x4A4F_4253)
        let count = max(0, count)
        var statuses = Self.statuses(count: count, rng: &rng)
        rng.shuffle(&statuses)
        var drafts: [Record] = []
        drafts.reserveCapacity(count)
        for status in statuses {
            drafts.append(Self.draft(status: status, now: now, rng: &rng))
        }
        // Long names at evenly spread places, so every store of ten jobs or more has some.
        let longCount = min(JobCatalog.longNames.count, count / 10)
        for k in 0..<longCount {
            drafts[(k * count) / max(longCount, 1) + count / (2 * max(longCount, 1))].job.name = JobCatalog.longNames[k]
        }
        // Ids grow with creation time, as a real service hands them out.
        drafts.sort { $0.job.createTimeMS < $1.job.createTimeMS }
        var nextID: Int64 = 100_000
        for i in drafts.indices {
            nextID += rng.int(in: 1...400)
            drafts[i].job.id = .number(nextID)
        }
        records = drafts
        lowercasedNames = drafts.map { $0.job.name.lowercased() }
        listIndex = ListIndex(records: drafts, lowercasedNames: lowercasedNames)
        var index: [JobID: Int] = [:]
        for (i, r) in drafts.enumerated() { index[r.job.id] = i }
        indexByID = index
    }

    /// A store over records built elsewhere (`init(jobs:now:)`), indexed like a generated one.
    init(seed: UInt64, generatedAtMS: Int64, records: [Record]) {
        self.seed = seed
        self.generatedAtMS = generatedAtMS
        self.records = records
        lowercasedNames = records.map { $0.job.name.lowercased() }
        listIndex = ListIndex(records: records, lowercasedNames: lowercasedNames)
        var index: [JobID: Int] = [:]
        for (i, r) in records.enumerated() where index[r.job.id] == nil { index[r.job.id] = i }
        indexByID = index
    }

    /// The jobs as of the moment the store was generated.
    public var jobs: [TrainingJob] { records.map(\.job) }

    /// The jobs as of `nowMS`: running jobs' durations have grown.
    public func jobs(at nowMS: Int64) -> [TrainingJob] {
        records.map { Self.view($0, at: nowMS) }
    }

    /// One job as of `nowMS`, or nil when there is no such job.
    public func job(_ id: JobID, at nowMS: Int64) -> TrainingJob? {
        indexByID[id].map { Self.view(records[$0], at: nowMS) }
    }

    /// Upper limit of running training jobs (`quotas`).
    public var quotas: Int { listIndex.quotas }

    /// How many more training jobs may still be created (`job_count_limit`).
    public var jobCountLimit: Int { max(0, 1000 - records.count) }

    static func view(_ record: Record, at nowMS: Int64) -> TrainingJob {
        var job = record.job
        if let since = record.runningSinceMS { job.durationMS = max(0, nowMS - since) }
        return job
    }

    // MARK: Generation

    /// Every documented code once (when there is room), two undocumented ones from 100 jobs on,
    /// the rest drawn with weights that look like a busy project.
    private static func statuses(count: Int, rng: inout SeededRandom) -> [Int] {
        var result: [Int] = count >= JobStatus.knownCodes.count ? JobStatus.knownCodes : []
        if count >= 100 { result += outsideCodes }
        let weighted: [(code: Int, weight: Int)] = [
            (10, 300), (8, 120), (11, 120), (12, 80), (7, 60), (13, 40), (1, 30), (2, 20), (4, 20), (9, 20),
            (14, 20), (15, 10), (3, 10), (5, 10), (6, 5), (16, 10), (17, 10), (18, 5), (19, 10), (20, 15),
            (21, 10), (22, 5), (0, 5),
        ]
        while result.count < count {
            result.append(weighted[rng.weighted(weighted.map(\.weight))].code)
        }
        return result
    }

    private static let minuteMS: Int64 = 60_000
    private static let hourMS: Int64 = 3_600_000
    private static let dayMS: Int64 = 86_400_000

    private static func draft(status code: Int, now: Int64, rng: inout SeededRandom) -> Record {
        let status = JobStatus(code: code)
        let active = [.queued, .running, .stopping].contains(status.group)
        let age = active ? rng.int(in: minuteMS...(72 * hourMS)) : rng.int(in: (10 * minuteMS)...(historyDays * dayMS))
        let create = now - age
        var duration: Int64 = 0
        var runningSince: Int64?
        switch status.group {
        case .queued:
            duration = 0
        case .running, .stopping:
            let start = create + rng.int(in: 0...min(10 * minuteMS, age / 2))
            runningSince = start
            duration = now - start
        default:
            if [3, 5, 6, 13].contains(code) {
                duration = 0  // failed or canceled before it ever ran
            } else {
                duration = min(rng.logUniform(in: (2 * minuteMS)...(3 * dayMS)), max(0, age - minuteMS))
            }
        }
        let job = TrainingJob(
            id: .number(0), name: name(rng: &rng),
            versionID: rng.int(in: 1_000_000_000_000_000_000...9_000_000_000_000_000_000),
            status: status, createTimeMS: create, durationMS: duration, description: description(rng: &rng),
            versionCount: versionCount(rng: &rng))
        return Record(job: job, runningSinceMS: runningSince)
    }

    static func name(rng: inout SeededRandom) -> String {
        if rng.chance(0.12) {
            return "job-" + String(rng.next() & 0xFFFF, radix: 16).leftPadded(to: 4)
        }
        var suffix = rng.pick(JobCatalog.suffixes)
        if suffix == "-exp" { suffix += String(rng.below(60) + 1) }
        return "\(rng.pick(JobCatalog.models))-\(rng.pick(JobCatalog.tasks))\(suffix)"
    }

    static func description(rng: inout SeededRandom) -> String {
        switch rng.weighted([15, 45, 37, 3]) {
        case 0: return ""
        case 1: return rng.pick(JobCatalog.englishDescriptions)
        case 2: return rng.pick(JobCatalog.chineseDescriptions)
        default: return rng.pick(JobCatalog.awkwardDescriptions)
        }
    }

    private static func versionCount(rng: inout SeededRandom) -> Int64 {
        switch rng.weighted([40, 30, 20, 10]) {
        case 0: return 1
        case 1: return rng.int(in: 2...3)
        case 2: return rng.int(in: 4...6)
        default: return rng.int(in: 7...12)
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
