import Testing
@testable import TerminalUI

/// The search's one-pass reading of raw lines (`LogText.shownBytes`, `LogSearch.matches(raw:scratch:)`)
/// against the full layout (`LogText.line`), which is what the screen shows and highlights.
@Suite("LogSearch")
struct LogSearchTests {
    /// Pieces of log lines: text, SGR and other sequences (whole, cut short, nested), tabs, `\r`,
    /// controls, C1, combining marks, wide and invisible scalars.
    static let pieces = [
        "a", "Err", "or", " ", "x=1", "日本", "é", "e\u{0301}", "\u{1B}[31m", "\u{1B}[0m", "\u{1B}[1;33m",
        "\u{1B}[38;5;", "\u{1B}]0;title\u{07}", "\u{1B}]2;t\u{1B}\\", "\u{1B}]8;;\u{9C}", "\u{1B}", "\u{1B}[?25l",
        "\u{1B}(B", "\u{1B}[2J", "\u{1B}P", "\t", "\r", "\u{00}", "\u{7F}", "\u{85}", "\u{200B}", "\u{202E}",
        "\u{FEFF}", "\u{FFFD}", "█",
    ]

    /// `count` lines of up to 12 pieces each, the same every run (a fixed linear congruential sequence).
    static func corpus(count: Int) -> [String] {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(13)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test("P07 the one-pass reading gives exactly the shown text, or hands the line to the full layout")
    func shownBytesAgree() {
        var scratch: [UInt8] = []
        var read = 0
        for line in Self.corpus(count: 5_000) where LogText.shownBytes(line[...], into: &scratch) {
            read += 1
            #expect(scratch == Array(LogText.line(line).text.utf8), "\(line.debugDescription)")
        }
        // Lines with only text and sequences are most of a real log: the pass must take them.
        #expect(read > 500)
        #expect(LogText.shownBytes("12:00 - \u{1B}[32mINFO\u{1B}[0m - 第 1 轮 loss=0.5"[...], into: &scratch))
        #expect(String(decoding: scratch, as: UTF8.self) == "12:00 - INFO - 第 1 轮 loss=0.5")
        for handedOver in ["a\tb", "50%\r100%", "bell\u{07}", "c1\u{85}", "rtl\u{202E}", "zw\u{200B}"] {
            #expect(LogText.shownBytes(handedOver[...], into: &scratch) == false, "\(handedOver.debugDescription)")
        }
    }

    @Test("P07 a search over raw lines finds what the shown lines hold, and nothing else")
    func rawMatchesAgree() throws {
        var scratch: [UInt8] = []
        let lines = Self.corpus(count: 3_000)
        for query in ["err", "Err", "error", "a ", " a", "r x", "日本", "e\u{0301}", "█a", "1e"] {
            let search = try #require(LogSearch(query))
            var found = 0
            for line in lines {
                let expected = search.matches(LogText.line(line).text)
                #expect(
                    search.matches(raw: line, scratch: &scratch) == expected, "\(query) in \(line.debugDescription)")
                if expected { found += 1 }
            }
            #expect(found > 0, "the corpus holds \(query)")
        }
    }
}
