import TestSupport
import JobBrowser
import Testing

/// 100,000 random keys and server events through the reducer (20 seeds x 5,000), every invariant
/// checked after every event: selection within the page, page within 1...P, exactly one fetch per
/// settled query, no effect or change for a stale generation.
@Suite("Reducer properties")
struct ReducerPropertyTests {
    static let seeds: [UInt64] = Array(1...20).map { UInt64($0) &* 0x1234_5678_9ABC }
    static let eventsPerSeed = 5_000

    @Test("P01 reducer invariants hold over 100,000 seeded random events", arguments: seeds)
    func invariants(seed: UInt64) async throws {
        // CPU-bound: run off the cooperative pool, which in-process emulators of other tests need.
        let harness = try await OffPool.run {
            var harness = ReducerHarness(seed: seed)
            for _ in 0..<Self.eventsPerSeed {
                harness.step()
                if harness.violations.count > 5 { break }
            }
            return harness
        }
        #expect(harness.violations.isEmpty, "seed \(seed): \(harness.violations.prefix(5))")
        // The run must have exercised what it claims to check.
        #expect(harness.fetches > 10, "seed \(seed): only \(harness.fetches) fetches")
        #expect(harness.staleDeliveries > 10, "seed \(seed): only \(harness.staleDeliveries) stale deliveries")
    }
}
