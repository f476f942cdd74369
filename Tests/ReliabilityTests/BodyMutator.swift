import ModelArtsEmulator
import Foundation

/// Mutates JSON bodies for fuzzing: byte-level (flip, insert, delete, cut, splice) and structural
/// (replace one value anywhere in the tree with a value of another type).
struct BodyMutator {
    var rng: SeededRandom

    static let tokens: [String] = [
        "null", "true", "false", "0", "-1", "1e400", "-0", "9223372036854775808", "\"\"", "\"many\"", "[]", "{}",
        "\"\\u0000\"", "\"\\ud800\"", "1.5", "\"\u{1B}]0;x\u{07}\"", "[[[[[[[[]]]]]]]]", "{\"a\":{\"b\":{}}}",
    ]

    mutating func mutate(_ body: [UInt8]) -> [UInt8] {
        if Int.random(in: 0..<3, using: &rng) == 0, let structural = structural(body) { return structural }
        var out = body
        for _ in 0..<Int.random(in: 1...3, using: &rng) { out = byteLevel(out) }
        return out
    }

    mutating func byteLevel(_ body: [UInt8]) -> [UInt8] {
        var out = body
        guard !out.isEmpty else { return Array(Self.tokens.randomElement(using: &rng)?.utf8 ?? "{".utf8) }
        let i = Int.random(in: 0..<out.count, using: &rng)
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: out[i] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
        case 1: out.insert(UInt8.random(in: 0...255, using: &rng), at: i)
        case 2: out.removeSubrange(i..<min(out.count, i + Int.random(in: 1...16, using: &rng)))
        case 3: out = Array(out.prefix(i))
        case 4: out.insert(contentsOf: (Self.tokens.randomElement(using: &rng) ?? "").utf8, at: i)
        case 5:
            let j = Int.random(in: 0..<out.count, using: &rng)
            let chunk = out[min(i, j)..<max(i, j)]
            out.insert(contentsOf: chunk, at: Int.random(in: 0...out.count, using: &rng))
        default: out[i] = [UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "]"), 0xFF, 0xC0, 0][i % 6]
        }
        return out
    }

    /// Replaces one value (object member or array element) at a random place with a random token.
    mutating func structural(_ body: [UInt8]) -> [UInt8]? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            return nil
        }
        let token = Self.tokens.randomElement(using: &rng) ?? "null"
        guard let replacement = try? JSONSerialization.jsonObject(with: Data(token.utf8), options: [.fragmentsAllowed])
        else { return nil }
        let mutated = replace(in: root, with: replacement, depth: 0)
        return (try? JSONSerialization.data(withJSONObject: mutated, options: [.fragmentsAllowed])).map(Array.init)
    }

    mutating func replace(in value: Any, with replacement: Any, depth: Int) -> Any {
        let here = Int.random(in: 0..<4, using: &rng) == 0 || depth > 6
        if var dict = value as? [String: Any], !dict.isEmpty {
            let key = dict.keys.sorted()[Int.random(in: 0..<dict.count, using: &rng)]
            dict[key] = here ? replacement : replace(in: dict[key] ?? NSNull(), with: replacement, depth: depth + 1)
            return dict
        }
        if var array = value as? [Any], !array.isEmpty {
            let i = Int.random(in: 0..<array.count, using: &rng)
            array[i] = here ? replacement : replace(in: array[i], with: replacement, depth: depth + 1)
            return array
        }
        return here || depth > 0 ? replacement : value
    }
}
