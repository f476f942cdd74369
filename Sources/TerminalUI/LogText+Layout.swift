/// Cutting a log line into what one screen row shows: a column window (horizontal scroll) or the
/// rows it wraps to. Only the part asked for is walked and copied, so a 1 MB line costs little.
extension LogText.Line {
    /// The runs covering columns `from..<to`, whole graphemes only: a wide grapheme cut by the left
    /// edge shows as a space for its visible half, one cut by the right edge is left out.
    public func slice(from start: Int, to end: Int = .max) -> [LogText.Run] {
        guard start < end else { return [] }
        var out: [LogText.Run] = []
        var col = 0
        for run in runs {
            let runEnd = col + run.width
            defer { col = runEnd }
            if runEnd <= start || run.width == 0 && col < start { continue }
            if col >= end { break }
            if col >= start, runEnd <= end {
                out.append(run)
                continue
            }
            if let piece = Self.cut(run, at: col, from: start, to: end) { out.append(piece) }
        }
        return out
    }

    /// The part of `run` (starting at column `col`) inside `from..<to`.
    private static func cut(_ run: LogText.Run, at col: Int, from start: Int, to end: Int) -> LogText.Run? {
        if run.isASCII {
            let utf8 = run.text.utf8
            let lower = max(0, start - col), upper = min(run.width, end - col)
            guard lower < upper else { return nil }
            let a = utf8.index(utf8.startIndex, offsetBy: lower), b = utf8.index(a, offsetBy: upper - lower)
            var piece = run
            piece.text = String(Substring(utf8[a..<b]))
            piece.width = upper - lower
            return piece
        }
        var text = ""
        var width = 0
        var c = col
        for g in run.text {
            if c >= end { break }
            let w = DisplayWidth.of(g)
            defer { c += w }
            if w == 0 {
                if c >= start, c < end, !text.isEmpty { text.append(g) }
                continue
            }
            if c + w > end { break }
            if c < start {
                if c + w > start {  // straddles the left edge
                    let shown = c + w - start
                    text += String(repeating: " ", count: shown)
                    width += shown
                }
                continue
            }
            text.append(g)
            width += w
        }
        guard !text.isEmpty else { return nil }
        var piece = run
        piece.text = text
        piece.width = width
        piece.isASCII = false
        return piece
    }

    /// The first column of each row when the line wraps at `width` cells: as many whole graphemes as fit,
    /// a wide one that does not fit starting the next row. Always at least one row.
    public func rowStarts(width: Int) -> [Int] {
        let width = max(1, width)
        var starts = [0]
        var rowStart = 0
        var col = 0
        for run in runs {
            if run.isASCII {
                var remaining = run.width
                while remaining > 0 {
                    if col >= rowStart + width {
                        rowStart = col
                        starts.append(col)
                    }
                    let take = min(rowStart + width - col, remaining)
                    col += take
                    remaining -= take
                }
                continue
            }
            for g in run.text {
                let w = DisplayWidth.of(g)
                if w == 0 { continue }
                if col + w > rowStart + width, col > rowStart {
                    rowStart = col
                    starts.append(col)
                }
                col += w
            }
        }
        return starts
    }

    /// How many rows the line takes when wrapped at `width` (cheaper than `rowStarts` for ASCII lines).
    public func rowCount(width: Int) -> Int {
        let width = max(1, width)
        if runs.allSatisfy(\.isASCII) { return max(1, (self.width + width - 1) / width) }
        return rowStarts(width: width).count
    }
}
