import Testing
@testable import TerminalUI

@Suite("LogText")
struct LogTextTests {
    /// A scalar a terminal could act on: C0, DEL, C1.
    static func isRawControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (0x7F...0x9F).contains(s.value) }

    /// Draws `raw` into a one-row buffer `width` wide and checks no cell holds a raw control.
    static func draw(_ raw: String, width: Int = 40, from column: Int = 0) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: 1)
        buffer.putLogRuns(LogText.line(raw).slice(from: column), x: 0, y: 0, maxWidth: width)
        for x in 0..<width {
            let bad = buffer[x, 0].grapheme.unicodeScalars.filter(isRawControl)
            #expect(bad.isEmpty, "cell \(x) of \(raw.debugDescription) holds \(bad)")
        }
        return buffer
    }

    static func shown(_ raw: String) -> String { LogText.line(raw).text }

    @Test("SGR colours become roles and the text between them stays")
    func sgrColours() {
        let buffer = Self.draw("a\u{1B}[31mred\u{1B}[0m b\u{1B}[1mB\u{1B}[m", width: 8)
        #expect(buffer.rowText(0) == "ared bB ")
        #expect(buffer.rowRoles(0)[0] == .normal)
        #expect(buffer.rowRoles(0)[1...3].allSatisfy { $0 == .logRed })
        #expect(buffer.rowRoles(0)[4] == .normal)
        #expect(buffer.rowRoles(0)[6] == .logBold)
    }

    @Test("256-colour and truecolour map to the nearest basic colour, in both syntaxes")
    func extendedColours() {
        func fg(_ raw: String) -> TerminalColor? { LogText.line(raw).runs.first?.style.cellStyle.foreground }
        #expect(fg("\u{1B}[38;5;196mx") == .red)
        #expect(fg("\u{1B}[38;5;2mx") == .green)
        #expect(fg("\u{1B}[38;2;0;0;255mx") == .blue)
        #expect(fg("\u{1B}[38:2::255:255:0mx") == .yellow)
        #expect(fg("\u{1B}[38:5:51mx") == .cyan)
        #expect(fg("\u{1B}[92mx") == .green)
        #expect(fg("\u{1B}[38;5;255mx") == .white)
        let style = LogText.line("\u{1B}[1;4;7;44mx").runs[0].style
        #expect(style.bold && style.underline && style.reverse && style.background == .basic(4))
        #expect(LogText.line("\u{1B}[1mx\u{1B}[22my").runs.last?.style == .plain)
    }

    @Test("every CSI other than SGR is dropped: clear screen, cursor moves, private modes")
    func otherCSIDropped() {
        #expect(Self.shown("a\u{1B}[2Jb\u{1B}[10;20Hc\u{1B}[1Ad\u{1B}[?1049he\u{1B}[Kf") == "abcdef")
        #expect(Self.shown("\u{1B}[?25l\u{1B}[>1mx") == "x")  // a private-marked `m` is not SGR
        #expect(LogText.line("\u{1B}[?1mx").runs[0].style == .plain)
    }

    @Test("OSC is dropped up to BEL or ST, or to the line's end when it is never closed")
    func oscDropped() {
        #expect(Self.shown("a\u{1B}]0;evil title\u{07}b") == "ab")
        #expect(Self.shown("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b") == "alinkb")
        #expect(Self.shown("a\u{1B}]52;c;SGVsbG8=") == "a")
        #expect(Self.shown("a\u{1B}P1$qm\u{1B}\\b") == "ab")
        #expect(Self.shown("a\u{1B}7b\u{1B}(Bc\u{1B}") == "abc")
    }

    @Test("C0, DEL and C1 controls become visible pictures in the placeholder role")
    func controlPictures() {
        let buffer = Self.draw("a\u{00}b\u{07}c\u{7F}d\u{9B}2Je\u{85}", width: 12)
        #expect(buffer.rowText(0) == "a␀b␇c␡d�2Je�")
        #expect(buffer.rowRoles(0)[1] == .placeholder)
        #expect(buffer.rowRoles(0)[3] == .placeholder)
        #expect(buffer.rowRoles(0)[0] == .normal)
        #expect(Self.shown("x\ny") == "x␊y")
        #expect(Self.shown("\u{202E}evil") == "⁇evil")
        #expect(Self.shown("a\u{200B}b") == "ab")
    }

    @Test("a line rewritten with \\r shows its final state, wider earlier states showing past it")
    func carriageReturn() {
        #expect(Self.shown(" 10%|█   |\r 50%|██  |\r100%|████|") == "100%|████|")
        #expect(Self.shown("loading......\rdone") == "doneing......")
        #expect(Self.shown("abc\r") == "abc")
        #expect(Self.shown("\u{1B}[32mok\u{1B}[0m\r\u{1B}[31mX") == "Xk")
        let runs = LogText.line("\u{1B}[32mok\u{1B}[0m\r\u{1B}[31mX").runs
        #expect(runs.map(\.style.cellStyle.foreground) == [.red, .green])
        #expect(Self.shown("日本\rx") == "x 本")  // half a wide character shows as a space
    }

    @Test("tabs expand to 8-column stops, counting wide characters as two")
    func tabs() {
        #expect(Self.shown("a\tb") == "a       b")
        #expect(Self.shown("12345678\tx") == "12345678        x")
        #expect(Self.shown("日本\tx") == "日本    x")
        #expect(LogText.line("\tx").width == 9)
    }

    @Test("CJK, emoji and U+FFFD keep their widths on the grid")
    func wideCharacters() {
        let buffer = Self.draw("日本語 ok \u{FFFD} 👍", width: 16)
        #expect(buffer.rowText(0) == "日本語 ok � 👍  ")
        #expect(buffer[1, 0].isContinuation)
        #expect(LogText.line("日本語").width == 6)
    }

    @Test("styles reset at the start of every line")
    func stylesPerLine() {
        let text = LogText.plain("\u{1B}[31mred\nnext", keepingColors: true)
        #expect(text == "\u{1B}[0;31mred\u{1B}[0m\nnext")
        #expect(LogText.line("next").runs[0].style == .plain)
    }

    @Test("plain text keeps SGR only when asked and never a raw control")
    func plainText() {
        let hostile = "t\u{1B}]0;x\u{07}\u{1B}[2J\u{1B}[1;31mE\u{1B}[0m\u{00}\r\u{1B}[HT\n\u{9D}\u{1B}[38;5;200mz"
        let bare = LogText.plain(hostile, keepingColors: false)
        #expect(bare == "TE␀\n�z")
        let coloured = LogText.plain(hostile, keepingColors: true)
        #expect(coloured.contains("\u{1B}[0;1;31mE"))
        #expect(coloured.contains("\u{1B}[0;38;5;200mz\u{1B}[0m"))
        // Only the ESC of SGR sequences may be left.
        let withoutSGR = coloured.split(separator: "\u{1B}").dropFirst().allSatisfy { $0.hasPrefix("[0") }
        #expect(withoutSGR)
        #expect(!bare.unicodeScalars.contains { $0 != "\n" && Self.isRawControl($0) })  // lines stay lines
        #expect(LogText.plain("plain\ntext", keepingColors: true) == "plain\ntext")
        #expect(LogText.plain("crlf\r\nlines\r\n", keepingColors: false) == "crlf\nlines\n")
        #expect(LogText.splitLines("a\r\nb\n\nc") == ["a\r", "b", "", "c"])
        // A stream keeps the server's tabs (fields for cut and awk); the screen expands them.
        #expect(LogText.plain("step\t1\tloss\u{07}", keepingColors: false) == "step\t1\tloss␇")
        #expect(LogText.line("step\t1").text == "step    1")
    }

    @Test("no raw control survives any single control scalar after any introducer")
    func exhaustiveControls() {
        let introducers = [
            "", "\u{1B}", "\u{1B}[", "\u{1B}[1;", "\u{1B}]", "\u{1B}]0;t", "\u{1B}P", "\u{1B}(", "\u{9B}",
        ]
        for prefix in introducers {
            for v in Array(0..<0x20) + Array(0x7F...0x9F) as [UInt32] {
                let raw = "a" + prefix + String(Unicode.Scalar(v)!) + "b\u{1B}[31mc"
                let text = LogText.line(raw).text
                #expect(!text.unicodeScalars.contains(where: Self.isRawControl), "\(raw.debugDescription)")
                let plain = LogText.plain(raw, keepingColors: false)
                #expect(!plain.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && Self.isRawControl($0) })
            }
        }
    }

    @Test("a window of a line starts at a column, cutting a wide character at the edge to a space")
    func windows() {
        let line = LogText.line("ab日本cd")
        #expect(line.slice(from: 3).map(\.text).joined() == " 本cd")
        #expect(line.slice(from: 2, to: 5).map(\.text).joined() == "日")
        #expect(Self.draw("0123456789", width: 4, from: 6).rowText(0) == "6789")
    }

    @Test("wrapped rows hold whole graphemes; a wide one that does not fit starts the next row")
    func wrapping() {
        #expect(LogText.line(String(repeating: "x", count: 10)).rowStarts(width: 4) == [0, 4, 8])
        #expect(LogText.line("abc日本").rowStarts(width: 4) == [0, 3])
        #expect(LogText.line("").rowStarts(width: 4) == [0])
        #expect(LogText.line(String(repeating: "x", count: 10)).rowCount(width: 4) == 3)
    }

    @Test("a 1 MB line of colours and controls is sanitised in one pass")
    func megabyteLine() {
        let chunk = "\u{1B}[32mok\u{1B}[0m \u{1B}]0;t\u{07}x\ty\r"
        let raw = String(repeating: chunk, count: 1_000_000 / chunk.utf8.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = LogText.line(raw) }
        #expect(elapsed < .seconds(10))  // debug build; release figures are in the benchmark
        let big = LogText.line(String(repeating: "y", count: 1_000_000))
        #expect(big.width == 1_000_000)
        #expect(big.slice(from: 999_998).map(\.text).joined() == "yy")
    }

    @Test("the quick pre-check never rules out a line whose shown text matches")
    func preCheck() throws {
        let lines = [
            "plain error here", "e\u{1B}[31mr\u{1B}[0mror", "err\u{1B}]0;x\u{07}or", "progress\rerror", "no match",
            "er\tror", "ERROR", "日本 error", "e\u{00}rror", "rorre", "a\tb", "a \tb", "日本語\rab",
            "eta 10s\rerror 5", "ab\r\u{1B}[1mc\u{1B}[0md",
        ]
        for query in ["error", "err", "Error", "r r", "ro", "a b", "a  b", "r 5", "c d", "b 語"] {
            let search = try #require(LogSearch(query))
            for line in lines where search.matches(LogText.line(line).text) {
                #expect(search.mightMatch(raw: line), "\(query) in \(line.debugDescription)")
            }
        }
        #expect(try #require(LogSearch("error")).mightMatch(raw: "no match") == false)
        #expect(try #require(LogSearch("error")).mightMatch(raw: "rorre") == false)
        #expect(try #require(LogSearch("a b")).mightMatch(raw: "a\tb"))
        #expect(try #require(LogSearch("a b")).mightMatch(raw: "b a") == false)
        #expect(try #require(LogSearch("error")).mightMatch(raw: "10%\r100% done") == false)
        #expect(try #require(LogSearch("done")).mightMatch(raw: "10%\r100% done"))
    }

    @Test("search is smart-case and finds columns past wide characters")
    func search() throws {
        let search = try #require(LogSearch("err"))
        #expect(search.matches("an ERROR here"))
        #expect(try #require(LogSearch("Err")).matches("an ERROR here") == false)
        #expect(search.ranges(in: "err err") == [0..<3, 4..<7])
        #expect(search.columns(in: LogText.line("日本 err")) == [5..<8])
        #expect(LogSearch("") == nil)
    }
}
