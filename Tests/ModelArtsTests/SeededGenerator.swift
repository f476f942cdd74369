import ModelArtsEmulator

/// The property tests' generator: the repo's one SplitMix64 (`SeededRandom`), so every property
/// test replays from its seed.
typealias SeededGenerator = SeededRandom

extension SeededRandom {
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
