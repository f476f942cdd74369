/// SplitMix64: a tiny, fast generator whose output depends only on its seed, on every platform
/// and Swift version (the standard library's `random(in:using:)` algorithms are not promised stable,
/// so the store uses only the helpers below). Tests and benchmarks use it too, so every seeded run
/// in the repo replays the same way.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole output is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// A generator for one sub-stream, e.g. (store seed, job id): independent of the order things are drawn in.
    public init(_ parts: UInt64...) {
        var s: UInt64 = 0x6A09_E667_F3BC_C908
        for p in parts { s = Self.mix(s ^ p) }
        state = s
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<n` (n > 0); the modulo bias is irrelevant at these sizes.
    public mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }

    /// Uniform in `[0, 1)`.
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Uniform in the closed range.
    mutating func int(in range: ClosedRange<Int64>) -> Int64 {
        let span = UInt64(bitPattern: range.upperBound &- range.lowerBound) &+ 1
        if span == 0 { return Int64(bitPattern: next()) }
        return range.lowerBound &+ Int64(bitPattern: next() % span)
    }

    /// Log-uniform in the closed range (both > 0): as many short values as long ones per decade.
    mutating func logUniform(in range: ClosedRange<Int64>) -> Int64 {
        let lo = log(Double(range.lowerBound)), hi = log(Double(range.upperBound))
        let v = Int64(exp(lo + (hi - lo) * unit()))
        return min(max(v, range.lowerBound), range.upperBound)
    }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Picks an index with the given relative weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        var r = below(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Fisher-Yates with this generator's own `below`.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
