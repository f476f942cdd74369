/// The fault draws of one request: each kind of fault has its own slot, so whether one fires never
/// shifts the others, and the outcome depends only on the seed and the request number.
struct FaultDice {
    enum Slot: UInt64 {
        case rateLimit = 1, errorRate, isSuccessFalse, wrongTypes, malformed, truncated
    }

    let seed: UInt64
    let requestNumber: Int

    func roll(_ slot: Slot) -> Double {
        var rng = SeededRandom(seed, 0x4641_554C, UInt64(requestNumber), slot.rawValue)
        return rng.unit()
    }

    func hits(_ slot: Slot, _ probability: Double) -> Bool {
        probability > 0 && roll(slot) < probability
    }

    /// One draw over the cumulative rates in status order: at most one status fires.
    func pickStatus(_ rates: [Int: Double]) -> Int? {
        guard rates.values.contains(where: { $0 > 0 }) else { return nil }
        let u = roll(.errorRate)
        var sum = 0.0
        for (status, p) in rates.sorted(by: { $0.key < $1.key }) {
            sum += p
            if u < sum { return status }
        }
        return nil
    }
}
