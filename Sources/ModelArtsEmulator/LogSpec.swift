/// One emulated log file (a v2 task's log, or one file of a v1 version) as plain data: which lines it
/// holds at any moment, and each line's time. A log holds the service header once the run has started,
/// then `backlog` training lines spread over the part of the run before the store was generated,
/// then one line per second of emulator time while the run goes on, then a trailer once it has
/// ended. A final job's log therefore has a fixed length; a running job's grows by one line a second.
struct LogSpec: Sendable, Hashable {
    /// The seed of every line of this log (drawn from the store seed, the job and the task or file).
    var key: UInt64
    /// Line cursors are `cursorBase * 1_000_000 + index` (the job's create time in ms), beyond 2^53.
    var cursorBase: Int64
    /// When the run started; nil while it has not (the log is empty).
    var startMS: Int64?
    /// When the run ended; nil while it goes on.
    var endMS: Int64?
    /// When the store was generated: the backlog covers the run before it.
    var generatedAtMS: Int64
    /// Training lines written before `generatedAtMS`.
    var backlog: Int
    var hostile: Bool
    /// The index of the ~1 MB line, when this log has it.
    var longLineAt: Int?
    var ending: LogLine.Ending

    /// One line every second while the run goes on past the store's generation.
    static let growthMS: Int64 = 1_000
    /// Lines a cursor can address within one log.
    static let cursorSpan: Int64 = 1_000_000

    /// How many lines the log holds at `nowMS`.
    func lineCount(at nowMS: Int64) -> Int {
        guard let start = startMS, start <= nowMS else { return 0 }
        var count = LogLine.headerCount + tailStart
        let tailFrom = max(start, generatedAtMS)
        let tailTo = min(nowMS, endMS ?? nowMS)
        if tailTo > tailFrom { count += Int((tailTo - tailFrom) / Self.growthMS) }
        if let end = endMS, end <= nowMS { count += LogLine.trailerCount }
        return min(count, Int(Self.cursorSpan) - 1)
    }

    /// The backlog lines there are, in index terms (none when the run began after the generation).
    private var tailStart: Int {
        guard let start = startMS, start < generatedAtMS else { return 0 }
        return backlog
    }

    /// Line `index` (which must be below `lineCount(at:)` for the moment asked about).
    func line(_ index: Int, at nowMS: Int64) -> [UInt8] {
        let start = startMS ?? 0
        let header = LogLine.headerCount
        if index < header { return LogLine.header(index, atMS: start + Int64(index) * 250, key: key) }
        let k = index - header
        let backlogEnd = header + tailStart
        let tailFrom = max(start, generatedAtMS)
        if let end = endMS, end <= nowMS {
            let trailerAt = lineCount(at: nowMS) - LogLine.trailerCount
            if index >= trailerAt { return LogLine.trailer(index - trailerAt, atMS: end, ending: ending) }
        }
        let atMS: Int64
        if index < backlogEnd {
            let spanEnd = min(generatedAtMS, endMS ?? generatedAtMS)
            let span = max(0, spanEnd - start - 2_000)
            atMS = start + 2_000 + span * Int64(k + 1) / Int64(tailStart + 1)
        } else {
            atMS = tailFrom + Int64(index - backlogEnd + 1) * Self.growthMS
        }
        if index == longLineAt { return LogLine.long(atMS: atMS) }
        return LogLine.body(index, atMS: atMS, key: key, hostile: hostile)
    }

    /// The cursor of line `index`, a decimal string.
    func cursor(_ index: Int) -> String { String(cursorBase &* Self.cursorSpan &+ Int64(index)) }

    /// The line index a cursor names, or nil when it is not one of this log's cursors.
    func index(ofCursor text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int64(text) else {
            return nil
        }
        let index = value &- cursorBase &* Self.cursorSpan
        return (0..<Self.cursorSpan).contains(index) ? Int(index) : nil
    }
}
