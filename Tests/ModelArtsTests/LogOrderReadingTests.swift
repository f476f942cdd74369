import Foundation
import Synchronization
import Testing

@testable import ModelArts

@Suite("U13: reading the log order words, judged by the cursor")
struct LogOrderReadingTests {
    static let v2 = LogSource.v2(jobID: "j", task: "worker-0")
    static let v1 = LogSource.v1(jobID: 1, versionID: 2, file: "f")

    /// Lines `from...to` of a log whose line n reads "line n", with cursor `100000000000000000000 + n`
    /// (beyond 2^64), sent oldest first or newest first.
    static func answer(_ range: ClosedRange<Int>, newestFirst: Bool = false) -> LogWire.LinesAnswer {
        var lines = range.map { "line \($0)" }
        var (start, end) = (cursor(range.lowerBound), cursor(range.upperBound))
        if newestFirst {
            lines.reverse()
            (start, end) = (end, start)
        }
        return LogWire.LinesAnswer(content: lines.joined(separator: "\n") + "\n", startLine: start, endLine: end)
    }

    static func cursor(_ n: Int) -> String { "1000000000000000000" + String(format: "%02d", n) }

    @Test("the documented words: v2 desc reads older, v1 asc reads older; a swapped reading flips both")
    func words() {
        let documented = LogOrderReading()
        #expect(documented.word(.v2, .older) == "desc" && documented.word(.v2, .newer) == "asc")
        #expect(documented.word(.v1, .older) == "asc" && documented.word(.v1, .newer) == "desc")
        #expect(documented.flipped.word(.v2, .older) == "asc" && documented.flipped.word(.v1, .newer) == "asc")
    }

    @Test("cursors compare as decimal strings: by length, then by text; non-digits are not compared")
    func cursorOrder() {
        #expect(LogCursor.compare("99", "100") == -1)
        #expect(LogCursor.compare("1551252759254000003", "1551252759254000002") == 1)
        #expect(LogCursor.compare("007", "7") == 0)
        #expect(LogCursor.compare("abc", "1") == nil)
        #expect(LogCursor.compare("", "1") == nil)
    }

    @Test("older lines before the cursor are on the side asked; newer ones are not")
    func olderSide() {
        guard
            case .onSide(let page) = LogOrderReading.judge(
                Self.answer(5...9), cursor: Self.cursor(10), direction: .older)
        else { Issue.record("not on side"); return }
        #expect(page.text == "line 5\nline 6\nline 7\nline 8\nline 9")
        #expect(page.firstLine == Self.cursor(5) && page.lastLine == Self.cursor(9) && page.lineCount == 5)
        #expect(LogOrderReading.judge(Self.answer(11...15), cursor: Self.cursor(10), direction: .older) == .wrongSide)
        #expect(LogOrderReading.judge(Self.answer(10...15), cursor: Self.cursor(10), direction: .older) == .wrongSide)
    }

    @Test("newer lines after the cursor are on the side asked; older ones are not")
    func newerSide() {
        guard
            case .onSide(let page) = LogOrderReading.judge(
                Self.answer(11...12), cursor: Self.cursor(10), direction: .newer)
        else { Issue.record("not on side"); return }
        #expect(page.text == "line 11\nline 12")
        #expect(LogOrderReading.judge(Self.answer(3...9), cursor: Self.cursor(10), direction: .newer) == .wrongSide)
        #expect(LogOrderReading.judge(Self.answer(3...10), cursor: Self.cursor(10), direction: .newer) == .wrongSide)
    }

    @Test("the cursor's own line, when included, is dropped at the end next to the cursor")
    func inclusiveCursor() {
        guard
            case .onSide(let older) = LogOrderReading.judge(
                Self.answer(6...10), cursor: Self.cursor(10), direction: .older),
            case .onSide(let newer) = LogOrderReading.judge(
                Self.answer(10...12), cursor: Self.cursor(10), direction: .newer)
        else { Issue.record("not on side"); return }
        #expect(
            older.text == "line 6\nline 7\nline 8\nline 9" && older.firstLine == Self.cursor(6) && older.lastLine == nil
        )
        #expect(newer.text == "line 11\nline 12" && newer.firstLine == nil && newer.lastLine == Self.cursor(12))
        let alone = LogOrderReading.judge(Self.answer(10...10), cursor: Self.cursor(10), direction: .newer)
        #expect(alone == .undecided(LogPage(text: "", lineCount: 0)))
    }

    @Test("content sent newest first (start after end) is reversed to oldest first")
    func newestFirst() {
        guard
            case .onSide(let page) = LogOrderReading.judge(
                Self.answer(7...9, newestFirst: true), cursor: Self.cursor(10), direction: .older)
        else { Issue.record("not on side"); return }
        #expect(page.text == "line 7\nline 8\nline 9")
        #expect(page.firstLine == Self.cursor(7) && page.lastLine == Self.cursor(9))
        guard
            case .undecided(let tail) = LogOrderReading.judge(
                Self.answer(1...3, newestFirst: true), cursor: nil, direction: .older)
        else { Issue.record("judged without a cursor"); return }
        #expect(tail.text == "line 1\nline 2\nline 3")
    }

    /// A server holding lines 1…20 that reads the words `swapped` or not and includes the cursor line or not,
    /// counting the words it is sent.
    final class Server: Sendable {
        let swapped: Bool
        let inclusive: Bool
        let words = Mutex<[String]>([])
        init(swapped: Bool, inclusive: Bool) {
            self.swapped = swapped
            self.inclusive = inclusive
        }

        func send(_ request: LogLinesRequest, _ word: String) -> LogWire.LinesAnswer {
            words.withLock { $0.append(word) }
            var older = LogOrderReading.documentedWord(request.source.api, .older) == word
            if swapped { older.toggle() }
            guard let text = request.cursor, let c = Int(text.suffix(2)) else {
                return LogOrderReadingTests.answer(max(1, 21 - request.lines)...20, newestFirst: true)
            }
            let (low, high) =
                older
                ? (max(1, c - request.lines + (inclusive ? 1 : 0)), inclusive ? c : c - 1)
                : (inclusive ? c : c + 1, min(20, c + request.lines - (inclusive ? 1 : 0)))
            guard low <= high else { return LogWire.LinesAnswer(content: "") }
            let range = low...high
            return LogOrderReadingTests.answer(range)
        }
    }

    @Test(
        "every reading of the order and the cursor ends with the asked lines, the reading learnt once",
        arguments: [LogSource.v2(jobID: "j", task: "worker-0"), .v1(jobID: 1, versionID: 2, file: "f")],
        [(false, false), (false, true), (true, false), (true, true)])
    func discovery(source: LogSource, reading: (swapped: Bool, inclusive: Bool)) async throws {
        let server = Server(swapped: reading.swapped, inclusive: reading.inclusive)
        var state = LogOrderReading()
        func read(_ cursor: Int, _ direction: LogDirection, lines: Int = 3) async throws -> LogPage {
            let request = LogLinesRequest(
                source: source, cursor: Self.cursor(cursor), direction: direction, lines: lines)
            let (page, learnt) = try await state.fetch(request) { word in server.send(request, word) }
            state = learnt
            return page
        }
        let older = try await read(10, .older)
        #expect(older.text == (reading.inclusive ? "line 8\nline 9" : "line 7\nline 8\nline 9"))
        #expect(state.swapped == reading.swapped && state.confirmed)
        let sent = server.words.withLock { $0.count }
        #expect(sent == (reading.swapped ? 2 : 1), "one re-send only when the first word was wrong")
        let newer = try await read(18, .newer)
        #expect(newer.text == "line 19\nline 20")
        #expect(server.words.withLock { $0.count } == sent + 1, "the learnt reading is used at once")
    }

    @Test("an empty answer while unproven tries the other word once; proven, it is believed")
    func emptyProbe() async throws {
        let server = Server(swapped: true, inclusive: false)
        let request = LogLinesRequest(source: Self.v2, cursor: Self.cursor(20), direction: .newer, lines: 5)
        let (first, learnt) = try await LogOrderReading().fetch(request) { server.send(request, $0) }
        #expect(first.lineCount == 0)
        // The documented "asc" read older lines here (the wrong side): flipped, but not yet proven.
        #expect(learnt.swapped && !learnt.confirmed)
        let calls = server.words.withLock { $0.count }
        let (again, _) = try await learnt.confirming.fetch(request) { server.send(request, $0) }
        #expect(again.lineCount == 0 && server.words.withLock { $0.count } == calls + 1)
    }

    @Test("lines on the wrong side for both words are a malformed answer")
    func bothWrong() async {
        let request = LogLinesRequest(source: Self.v1, cursor: Self.cursor(10), direction: .older)
        await #expect(throws: APIError.self) {
            _ = try await LogOrderReading().fetch(request) { _ in Self.answer(12...14) }
        }
    }
}
