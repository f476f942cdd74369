import ModelArts

/// How one job changes in the live emulator: status changes at fixed moments, and the span in
/// which it runs (its duration grows inside the span and is frozen after it). Plain data drawn
/// once from the seed, so the job at any moment is a pure function of the clock.
struct LiveTimeline: Hashable, Sendable {
    /// At `atMS` the job takes status `code`.
    struct Step: Hashable, Sendable {
        var atMS: Int64
        var code: Int
    }

    /// Status changes in time order.
    var steps: [Step] = []
    /// When the job starts (or started) running; nil when it never runs in this timeline.
    var runStartMS: Int64?
    /// When it stops running; nil while it keeps running.
    var runEndMS: Int64?

    /// The job as of `nowMS`: the last status whose moment has passed, and the duration so far.
    func apply(to job: TrainingJob, at nowMS: Int64) -> TrainingJob {
        var job = job
        for step in steps where step.atMS <= nowMS { job.status = .code(step.code) }
        if let start = runStartMS, start <= nowMS {
            job.durationMS = max(0, min(nowMS, runEndMS ?? nowMS) - start)
        }
        return job
    }

    /// Every moment at which the job visibly changes status, for tests and the demo's log.
    var changeTimes: [Int64] { steps.map(\.atMS) }

    // MARK: Drawing timelines

    private static let secondMS: Int64 = 1_000
    private static let minuteMS: Int64 = 60_000
    private static let hourMS: Int64 = 3_600_000

    /// Where a finished run ends up: mostly completed, some failed, a few lost or stopped.
    private static func finalCode(_ rng: inout SeededRandom) -> Int {
        [10, 11, 14, 12][rng.weighted([70, 20, 3, 7])]
    }

    /// The future of a job that existed when the live store started at `startMS`. Finished jobs
    /// stay as they are; running and stopping jobs keep their run start.
    static func forExisting(
        _ job: TrainingJob, runningSinceMS: Int64?, startMS: Int64,
        rng: inout SeededRandom
    ) -> LiveTimeline? {
        guard let code = job.status.code else { return nil }
        var t = LiveTimeline()
        switch job.status.group {
        case .queued:
            let begin = startMS + rng.logUniform(in: (8 * secondMS)...(20 * minuteMS))
            if code != 7, rng.chance(0.5) { t.steps.append(Step(atMS: startMS + (begin - startMS) / 2, code: 7)) }
            let end = begin + rng.logUniform(in: (45 * secondMS)...(4 * hourMS))
            t.steps += [Step(atMS: begin, code: 8), Step(atMS: end, code: finalCode(&rng))]
            (t.runStartMS, t.runEndMS) = (begin, end)
        case .running:
            let end = startMS + rng.logUniform(in: (20 * secondMS)...(8 * hourMS))
            if code == 15 {
                // Scaling settles back to running first.
                t.steps.append(Step(atMS: startMS + rng.int(in: (10 * secondMS)...(90 * secondMS)), code: 8))
            }
            let final = code == 19 ? (rng.chance(0.85) ? 20 : 21) : finalCode(&rng)
            t.steps.append(Step(atMS: max(end, (t.steps.last?.atMS ?? 0) + secondMS), code: final))
            t.runStartMS = runningSinceMS ?? job.createTimeMS
            t.runEndMS = t.steps.last?.atMS
        case .stopping:
            let stop = startMS + rng.int(in: (5 * secondMS)...(2 * minuteMS))
            t.steps.append(Step(atMS: stop, code: 12))
            t.runStartMS = runningSinceMS ?? job.createTimeMS
            t.runEndMS = stop
        default:
            return nil
        }
        return t
    }

    /// The life of a job submitted at `createMS`: initialising, queued, running, then a final
    /// status; a few fail while their image is built and never run.
    static func forNew(createMS: Int64, rng: inout SeededRandom) -> LiveTimeline {
        var t = LiveTimeline()
        if rng.chance(0.06) {
            let building = createMS + rng.int(in: (20 * secondMS)...(90 * secondMS))
            t.steps = [
                Step(atMS: building, code: 2),
                Step(atMS: building + rng.int(in: (30 * secondMS)...(2 * minuteMS)), code: 3),
            ]
            return t
        }
        let queued = createMS + rng.int(in: (3 * secondMS)...(15 * secondMS))
        let begin = queued + rng.logUniform(in: (10 * secondMS)...(10 * minuteMS))
        let end = begin + rng.logUniform(in: (40 * secondMS)...(3 * hourMS))
        t.steps = [Step(atMS: queued, code: 7), Step(atMS: begin, code: 8), Step(atMS: end, code: finalCode(&rng))]
        (t.runStartMS, t.runEndMS) = (begin, end)
        return t
    }
}
