import Synchronization

/// The writes the emulator has accepted (terminate, stop, delete), laid over the seeded stores: the
/// stores stay immutable and pure, and every read applies the ledger. One lock guards it, and a write
/// checks the job's state and records itself under that lock, so two racing stops cannot both pass.
final class WriteLedger: Sendable {
    /// A stop accepted at `atMS` that settles (Terminated, v1 code 12) at `settleMS`.
    struct Stop: Sendable, Hashable {
        var atMS: Int64
        var settleMS: Int64
        /// v1: the job's duration when the stop came, and whether it was running (its duration grows
        /// until the stop settles).
        var durationAtStopMS: Int64 = 0
        var wasRunning = false
    }

    struct State: Sendable {
        /// v2 stops by store index.
        var v2Stops: [Int: Stop] = [:]
        /// v2 deleted jobs by store index.
        var v2Deleted: Set<Int> = []
        /// v1 stops by version id.
        var v1Stops: [Int64: Stop] = [:]
        var v1DeletedJobs: Set<Int64> = []
        /// v1 deleted versions by job id.
        var v1DeletedVersions: [Int64: Set<Int64>] = [:]

        var touchesV2: Bool { !v2Stops.isEmpty || !v2Deleted.isEmpty }
        var touchesV1: Bool { !v1Stops.isEmpty || !v1DeletedJobs.isEmpty || !v1DeletedVersions.isEmpty }
    }

    private let state = Mutex(State())

    /// How long a stop takes to settle: 3 to 7 seconds, drawn per job from the seed.
    static func settleDelayMS(seed: UInt64, job: UInt64) -> Int64 {
        var rng = SeededRandom(seed, 0x5354_4F50, job)
        return rng.int(in: 3_000...7_000)
    }

    /// Reads the ledger.
    func read<T>(_ body: (State) -> T) -> T { state.withLock { body($0) } }

    /// Checks and changes the ledger in one step.
    func write<T>(_ body: (inout State) -> T) -> T { state.withLock { body(&$0) } }

    var touchesV2: Bool { read(\.touchesV2) }
    var touchesV1: Bool { read(\.touchesV1) }

    /// The v2 stop of the job at `index`, if any.
    func v2Stop(_ index: Int) -> Stop? { read { $0.v2Stops[index] } }

    /// Whether the v2 job at `index` has been deleted.
    func isV2Deleted(_ index: Int) -> Bool { read { $0.v2Deleted.contains(index) } }

    /// How many v2 jobs have been deleted.
    var v2DeletedCount: Int { read { $0.v2Deleted.count } }
}

/// A stable 64-bit key for a text id (FNV-1a), for seeding per-job draws.
func stableKey(_ text: String) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
}
