/// SplitMix64: a tiny deterministic generator, so every property test replays from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A string of `length` scalars drawn from `alphabet`.
    mutating func string(from alphabet: [Character], length: ClosedRange<Int>) -> String {
        let n = Int.random(in: length, using: &self)
        return String((0..<n).map { _ in alphabet.randomElement(using: &self) ?? "a" })
    }

    /// `text` with one UTF-8 byte replaced by a different byte; invalid UTF-8 is repaired with
    /// U+FFFD, which still differs from the original. Nil for empty text.
    mutating func changingOneByte(of text: String) -> String? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        let index = Int.random(in: 0..<bytes.count, using: &self)
        let delta = UInt8.random(in: 1...255, using: &self)
        bytes[index] = bytes[index] &+ delta
        return String(decoding: bytes, as: UTF8.self)
    }
}
