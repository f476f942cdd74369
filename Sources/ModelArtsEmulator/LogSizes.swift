import Synchronization

/// The byte length of every line of the logs asked about so far, as prefix sums, so a preview finds
/// where the newest n bytes begin without drawing the whole log again. A log only ever grows at its
/// end (and gains its trailer once), so a kept prefix is extended, never recomputed; a log whose line
/// count shrank (a clock set back) starts afresh. Bounded: past 256 logs the table is emptied.
final class LogSizes: Sendable {
    private struct Entry {
        /// `prefix[k]` = bytes of lines 0..<k, without newlines.
        var prefix: [Int] = [0]
        /// The trailer is the last lines and may change the lines before it (see `LogSpec.line`).
        var ended = false
    }

    private let table = Mutex<[LogSpec: Entry]>([:])
    /// The last few preview bodies of logs that have ended (they never change): a 5 MB preview is drawn
    /// and escaped once.
    private let previews = Mutex<[PreviewKey: [UInt8]]>([:])

    private struct PreviewKey: Hashable {
        var spec: LogSpec
        var limit: Int
    }

    /// The kept preview body of an ended log, or a new one from `make` (kept, at most 4 at a time).
    func previewBody(_ spec: LogSpec, limit: Int, make: () -> [UInt8]) -> [UInt8] {
        let key = PreviewKey(spec: spec, limit: limit)
        if let kept = previews.withLock({ $0[key] }) { return kept }
        let made = make()
        previews.withLock { p in
            if p.count >= 4 { p.removeAll() }
            p[key] = made
        }
        return made
    }

    /// Prefix sums of line lengths for the first `count` lines of `spec` at `nowMS` (`count + 1` values).
    func prefix(_ spec: LogSpec, count: Int, at nowMS: Int64) -> [Int] {
        let ended = spec.endMS.map { $0 <= nowMS } ?? false
        var entry = table.withLock { $0[spec] } ?? Entry()
        if entry.ended != ended || entry.prefix.count > count + 1 {
            // Lines before the trailer are the same; only the trailer is new.
            let keep = ended ? max(0, count - LogLine.trailerCount) : count
            entry.prefix = Array(entry.prefix.prefix(min(entry.prefix.count, keep + 1)))
            entry.ended = ended
        }
        if entry.prefix.count < count + 1 {
            entry.prefix.reserveCapacity(count + 1)
            var total = entry.prefix.last ?? 0
            for i in (entry.prefix.count - 1)..<count {
                total += spec.line(i, at: nowMS).count
                entry.prefix.append(total)
            }
            let kept = entry
            table.withLock { t in
                if t.count >= 256 { t.removeAll() }
                t[spec] = kept
            }
        }
        return entry.prefix
    }
}
