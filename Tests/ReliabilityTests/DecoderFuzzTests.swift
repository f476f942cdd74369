import TestSupport
import ModelArtsEmulator
import Foundation
import ModelArts
import Testing

/// Mutated list and version bodies (seeded from `Corpus/`) never crash the decoder; every failure is
/// a typed `APIError` of the body kind, with a one-line message.
@Suite("Decoder fuzzing")
struct DecoderFuzzTests {
    static let mutationsPerFile = 1_500

    static var corpus: [(String, [UInt8])] {
        get throws {
            let dir = try #require(Bundle.module.resourceURL?.appendingPathComponent("Corpus"))
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
            return try names.sorted().map { ($0, Array(try Data(contentsOf: dir.appendingPathComponent($0)))) }
        }
    }

    /// Why a decode outcome is wrong, or nil when it is fine.
    static func problem<T: Decodable>(_ type: T.Type, _ body: [UInt8]) -> String? {
        do {
            _ = try WireCoding.decode(type, from: Data(body), status: 200)
            return nil
        } catch {
            switch error {
            case .malformedBody, .server:
                let message = error.message
                if message.contains(where: { $0.isNewline }) { return "a multi-line message: \(message)" }
                if message.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                    return "a control character in: \(message)"
                }
                return message.count > 400 ? "an overlong message (\(message.count))" : nil
            default:
                return "an unexpected error kind: \(error)"
            }
        }
    }

    @Test("P02 decoder fuzzing: mutated list and version bodies give typed one-line errors, never a crash")
    func fuzz() async throws {
        let corpus = try Self.corpus
        #expect(corpus.count >= 10)
        // CPU-bound: run off the cooperative pool, which in-process emulators of other tests need.
        let (problems, failures, successes) = try await OffPool.run { Self.run(corpus) }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(5))")
        // Both outcomes must occur, or the mutator is not exercising the decoder.
        #expect(failures > 1_000 && successes > 100, "failures \(failures), successes \(successes)")
    }

    static func run(_ corpus: [(String, [UInt8])]) -> ([String], Int, Int) {
        var mutator = BodyMutator(rng: SeededRandom(seed: 0xF022))
        var problems: [String] = []
        var failures = 0, successes = 0
        for (name, body) in corpus {
            for _ in 0..<Self.mutationsPerFile {
                let mutated = mutator.mutate(body)
                for outcome in [Self.problem(JobListPage.self, mutated), Self.problem(JobVersionList.self, mutated)] {
                    if let outcome { problems.append("\(name): \(outcome)") }
                }
                if (try? WireCoding.decode(JobListPage.self, from: Data(mutated))) == nil {
                    failures += 1
                } else {
                    successes += 1
                }
            }
        }
        return (problems, failures, successes)
    }
}
