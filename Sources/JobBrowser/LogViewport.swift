import TerminalUI

/// Which rows of the log are on screen: the reducer moves by it and the view draws by it. A line
/// takes one row, or when wrapping as many as `LogText` says; only lines near the screen are measured.
public struct LogViewport: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var wrap: Bool

    public init(width: Int, height: Int, wrap: Bool) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.wrap = wrap
    }

    /// The viewport of the log view on a screen of `size` (the rows between its header and the status line).
    public init(size: Size, wrap: Bool) {
        let layout = BrowserLayout(size: size)
        self.init(width: size.width, height: layout.tableRows, wrap: wrap)
    }

    /// How many rows `line` takes.
    public func rowCount(_ line: String) -> Int {
        // Fewer bytes than columns is one row, unless a tab widens it.
        guard wrap, line.utf8.count > width || line.utf8.contains(0x09) else { return 1 }
        return LogText.line(line).rowCount(width: width)
    }

    /// The top that shows the last line at the bottom (the first line when all fit).
    public func endTop(_ lines: [String]) -> LogPosition {
        var remaining = height
        var i = lines.count - 1
        while i >= 0 {
            let rows = rowCount(lines[i])
            if rows >= remaining { return LogPosition(line: i, row: rows - remaining) }
            remaining -= rows
            i -= 1
        }
        return LogPosition(line: 0)
    }

    /// `top`, or the end when nil, clamped to the log.
    public func resolve(_ top: LogPosition?, _ lines: [String]) -> LogPosition {
        let end = endTop(lines)
        guard let top else { return end }
        return Self.isBefore(top, end) ? top : end
    }

    /// True when `a` is above `b`.
    public static func isBefore(_ a: LogPosition, _ b: LogPosition) -> Bool {
        a.line < b.line || (a.line == b.line && a.row < b.row)
    }

    /// `top` moved by `delta` rows (down when positive), clamped between the first row and the end.
    public func move(_ top: LogPosition?, by delta: Int, _ lines: [String]) -> LogPosition {
        var p = resolve(top, lines)
        guard !lines.isEmpty else { return p }
        if delta < 0 {
            for _ in 0..<(-delta) {
                if p.row > 0 {
                    p.row -= 1
                } else if p.line > 0 {
                    p.line -= 1
                    p.row = rowCount(lines[p.line]) - 1
                } else {
                    break
                }
            }
            return p
        }
        let end = endTop(lines)
        for _ in 0..<delta {
            guard Self.isBefore(p, end) else { break }
            if p.row + 1 < rowCount(lines[p.line]) {
                p.row += 1
            } else {
                p = LogPosition(line: p.line + 1)
            }
        }
        return p
    }

    /// The rows on screen from `top`, each a line and one of its rows, top down.
    public func rows(from top: LogPosition, _ lines: [String]) -> [LogPosition] {
        var out: [LogPosition] = []
        var p = top
        while out.count < height, p.line < lines.count {
            let count = rowCount(lines[p.line])
            while p.row < count, out.count < height {
                out.append(p)
                p.row += 1
            }
            p = LogPosition(line: p.line + 1)
        }
        return out
    }
}
