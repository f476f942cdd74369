extension StyleRole {
    /// The role a log's own style is drawn in: reverse (or a background only) as `logReverse`, otherwise
    /// the foreground colour, otherwise bold, dim or underline. A role is one look, so a colour wins over
    /// the attributes that came with it.
    public static func log(_ style: CellStyle) -> StyleRole {
        if style.reverse || (style.background != nil && style.foreground == nil) { return .logReverse }
        if let fg = style.foreground {
            switch fg {
            case .black: return .logBlack
            case .red: return .logRed
            case .green: return .logGreen
            case .yellow: return .logYellow
            case .blue: return .logBlue
            case .magenta: return .logMagenta
            case .cyan: return .logCyan
            case .white: return .logWhite
            }
        }
        if style.bold { return .logBold }
        if style.dim { return .dim }
        if style.underline { return .logUnderline }
        return .normal
    }
}

extension ScreenBuffer {
    /// Draws runs of a log line (see `LogText.Line.slice`) from (x, y), at most `maxWidth` cells; control
    /// pictures in `.placeholder`, the rest in the role of their style. Returns the cells used.
    @discardableResult
    public mutating func putLogRuns(_ runs: [LogText.Run], x: Int, y: Int, maxWidth: Int) -> Int {
        var used = 0
        for run in runs {
            guard used < maxWidth else { break }
            let role: StyleRole = run.isControlPicture ? .placeholder : .log(run.style.cellStyle)
            used += put(run.text, x: x + used, y: y, role: role, maxWidth: maxWidth - used)
        }
        return used
    }
}
