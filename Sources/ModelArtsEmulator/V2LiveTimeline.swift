/// How an active v2 job moves in the live emulator (`--live`): creating jobs queue, queued jobs start,
/// running jobs finish, fail or are lost, terminating jobs stop. Drawn once from the seed, so the job at
/// any moment is a pure function of the clock, as `LiveTimeline` is for v1.
struct V2LiveTimeline: Sendable {
    struct Step: Sendable {
        var atMS: Int64
        var state: V2JobState
    }

    /// State changes in time order.
    var steps: [Step] = []
    /// When the job starts (or started) running; nil when it never runs in this timeline.
    var runStartMS: Int64?
    /// When it stops running; nil while it keeps running.
    var runEndMS: Int64?

    /// The job as of `nowMS`: the last state whose moment has passed, and its run so far.
    func apply(to record: V2JobStore.Record, at nowMS: Int64) -> V2JobStore.Record {
        var record = record
        for step in steps where step.atMS <= nowMS { record.state = step.state }
        if let start = runStartMS, start <= nowMS {
            record.startMS = start
            if let end = runEndMS, end <= nowMS {
                record.runningSinceMS = nil
                record.durationMS = end - start
            } else {
                record.runningSinceMS = start
            }
        }
        return record
    }

    private static let secondMS: Int64 = 1_000
    private static let minuteMS: Int64 = 60_000
    private static let hourMS: Int64 = 3_600_000

    /// The future of a job that is active at `startMS`; nil for a job that has finished.
    static func forActive(_ record: V2JobStore.Record, startMS: Int64, rng: inout SeededRandom) -> V2LiveTimeline? {
        var t = V2LiveTimeline()
        var begin: Int64
        switch record.state {
        case .creating:
            let queued = startMS + rng.int(in: (5 * secondMS)...(30 * secondMS))
            t.steps.append(Step(atMS: queued, state: .pending))
            begin = queued + rng.logUniform(in: (10 * secondMS)...(10 * minuteMS))
        case .pending:
            begin = startMS + rng.logUniform(in: (8 * secondMS)...(20 * minuteMS))
        case .running:
            begin = record.startMS
        case .terminating:
            let stop = startMS + rng.int(in: (5 * secondMS)...(2 * minuteMS))
            t.steps.append(Step(atMS: stop, state: .terminated))
            (t.runStartMS, t.runEndMS) = (record.startMS, stop)
            return t
        default:
            return nil
        }
        if record.state != .running { t.steps.append(Step(atMS: begin, state: .running)) }
        let end = max(begin, startMS) + rng.logUniform(in: (20 * secondMS)...(8 * hourMS))
        let final: V2JobState = [.completed, .failed, .lost, .terminated][rng.weighted([70, 20, 3, 7])]
        t.steps.append(Step(atMS: end, state: final))
        (t.runStartMS, t.runEndMS) = (begin, end)
        return t
    }
}
