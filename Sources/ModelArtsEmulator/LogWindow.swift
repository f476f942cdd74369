/// Which part of a log an answer holds: the preview's newest bytes, or the line-paged API's lines
/// around a cursor. Only the lines of the answer are drawn (the sizes come from `LogSizes`).
enum LogWindow {
    /// The preview: the newest `limit` bytes cut at a line start, or the whole log when it fits.
    struct Preview {
        var content: [UInt8]
        var fullSize: Int
    }

    /// The newest part of the log at `nowMS` that fits in `limit` bytes, starting at a line start. When
    /// even the last line alone is longer than `limit`, its last `limit` bytes.
    static func preview(_ spec: LogSpec, at nowMS: Int64, limit: Int, sizes: LogSizes) -> Preview {
        let count = spec.lineCount(at: nowMS)
        guard count > 0 else { return Preview(content: [], fullSize: 0) }
        let prefix = sizes.prefix(spec, count: count, at: nowMS)
        func bytes(from first: Int) -> Int { prefix[count] - prefix[first] + (count - first - 1) }
        let fullSize = bytes(from: 0)
        // The smallest first line whose tail still fits (the tail shrinks as `first` grows).
        var lo = 0, hi = count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if bytes(from: mid) <= limit { hi = mid } else { lo = mid + 1 }
        }
        if bytes(from: lo) > limit {
            return Preview(content: Array(spec.line(count - 1, at: nowMS).suffix(max(0, limit))), fullSize: fullSize)
        }
        return Preview(content: text(spec, lo..<count, at: nowMS), fullSize: fullSize)
    }

    /// The lines `range` joined by `\n`, oldest first.
    static func text(_ spec: LogSpec, _ range: Range<Int>, at nowMS: Int64) -> [UInt8] {
        var out: [UInt8] = []
        for i in range {
            if i > range.lowerBound { out.append(0x0A) }
            out += spec.line(i, at: nowMS)
        }
        return out
    }

    /// The line indices a line-paged request selects from a log of `count` lines: without a cursor the
    /// newest `lines`; with one, the `lines` lines before it (`older`) or after it, the cursor's own line
    /// left out unless `inclusive`, where it takes the place nearest the cursor.
    static func page(count: Int, base: Int?, lines: Int, older: Bool, inclusive: Bool) -> Range<Int> {
        guard let base else { return max(0, count - lines)..<count }
        if older {
            let end = min(count, inclusive ? base + 1 : base)
            return max(0, end - lines)..<max(0, end)
        }
        let start = min(count, inclusive ? base : base + 1)
        return start..<min(count, start + lines)
    }
}
