/// How one server reads the `order` word of its line-paged log API (contract §12 U13). The documented
/// reading: v2 `desc` reads older lines (new → old) and `asc` newer; v1 `asc` reads "previous records"
/// (older) and `desc` "next records" (newer). A server may read them the other way: the client sends the
/// word it believes in, checks that the lines came on the asked side of the cursor, and flips for the rest
/// of the connection when they did not (see `fetch`). Pure: the sending is a closure.
public struct LogOrderReading: Hashable, Sendable {
    /// True once the server was seen to read the words opposite to the documentation.
    public var swapped: Bool
    /// True once a page proved the current reading (lines on the asked side of a cursor).
    public var confirmed: Bool

    public init(swapped: Bool = false, confirmed: Bool = false) {
        self.swapped = swapped
        self.confirmed = confirmed
    }

    /// The documented word for reading `direction` on `api`.
    public static func documentedWord(_ api: APIVersion, _ direction: LogDirection) -> String {
        switch (api, direction) {
        case (.v2, .older), (.v1, .newer): return "desc"
        case (.v2, .newer), (.v1, .older): return "asc"
        }
    }

    /// The word this reading sends for `direction` on `api`.
    public func word(_ api: APIVersion, _ direction: LogDirection) -> String {
        let documented = Self.documentedWord(api, direction)
        guard swapped else { return documented }
        return documented == "asc" ? "desc" : "asc"
    }

    /// The other reading, not yet confirmed.
    public var flipped: LogOrderReading { LogOrderReading(swapped: !swapped) }

    /// This reading, confirmed.
    public var confirming: LogOrderReading { LogOrderReading(swapped: swapped, confirmed: true) }

    /// Where an answer's lines lie against the request's cursor.
    public enum Verdict: Hashable, Sendable {
        /// On the asked side (the cursor line, if the server included it, already dropped).
        case onSide(LogPage)
        /// On the other side: the word meant the other direction.
        case wrongSide
        /// Nothing to judge by: no cursor, no lines, cursors that are not numbers, or lines on both sides.
        case undecided(LogPage)
    }

    /// Judges one answer to a request reading `direction` from `cursor`, and turns it into a `LogPage`
    /// in oldest-first order: content whose `start_line` is after its `end_line` came newest first and is
    /// reversed; the cursor's own line, when the server included it, is dropped (that end's cursor is
    /// then nil; a page left without lines has no cursors, and the caller keeps its own).
    public static func judge(_ answer: LogWire.LinesAnswer, cursor: String?, direction: LogDirection) -> Verdict {
        let body = LogWire.withoutFinalNewline(answer.content)
        var lines = LogWire.lines(body)
        var first = answer.startLine, last = answer.endLine
        if let f = first, let l = last, LogCursor.compare(f, l) == 1 {
            lines.reverse()
            (first, last) = (l, f)
        }
        func page() -> LogPage {
            guard !lines.isEmpty else { return LogPage(text: "", lineCount: 0) }
            return LogPage(
                text: lines.joined(separator: "\n"), firstLine: first, lastLine: last, lineCount: lines.count)
        }
        guard let cursor, !lines.isEmpty, let f = first, let l = last,
            let atFirst = LogCursor.compare(f, cursor), let atLast = LogCursor.compare(l, cursor)
        else { return .undecided(page()) }
        switch direction {
        case .older:
            if atFirst > 0 || (atFirst == 0 && atLast > 0) { return .wrongSide }
            guard atLast <= 0 else { return .undecided(page()) }
            if atLast == 0 {
                lines.removeLast()
                last = nil
            }
        case .newer:
            if atLast < 0 || (atLast == 0 && atFirst < 0) { return .wrongSide }
            guard atFirst >= 0 else { return .undecided(page()) }
            if atFirst == 0 {
                lines.removeFirst()
                first = nil
            }
        }
        return lines.isEmpty ? .undecided(page()) : .onSide(page())
    }

    /// Reads one page the way this reading says, learning from the answer: lines on the wrong side flip
    /// the reading and re-send once with the other word (a GET, safe to repeat); an empty answer while
    /// the reading is unproven re-sends once with the other word too, in case the lines are there. Gives
    /// the page and the reading to keep for this API.
    public func fetch(
        _ request: LogLinesRequest, send: (String) async throws(APIError) -> LogWire.LinesAnswer
    ) async throws(APIError) -> (page: LogPage, reading: LogOrderReading) {
        let api = request.source.api
        let cursor = request.cursor, direction = request.direction
        switch Self.judge(try await send(word(api, direction)), cursor: cursor, direction: direction) {
        case .onSide(let page):
            return (page, confirming)
        case .undecided(let page):
            guard page.lineCount == 0, !confirmed else { return (page, self) }
            let other = flipped
            switch Self.judge(try await send(other.word(api, direction)), cursor: cursor, direction: direction) {
            case .onSide(let found): return (found, other.confirming)
            // The other word reads the other way: this one was right.
            case .wrongSide: return (page, confirming)
            case .undecided(let found):
                // Without a cursor nothing is proven, but lines where there were none point to the other word.
                return found.lineCount == 0 ? (page, self) : (found, other)
            }
        case .wrongSide:
            let other = flipped
            switch Self.judge(try await send(other.word(api, direction)), cursor: cursor, direction: direction) {
            case .onSide(let page): return (page, other.confirming)
            case .undecided(let page): return (page, other)
            case .wrongSide:
                throw .malformedBody(
                    status: 200, detail: "log lines came on the wrong side of the cursor for both orders")
            }
        }
    }
}
