extension ScreenBuffer {
    /// Writes untrusted text (job names, descriptions, server messages) like `put`, after making it
    /// safe with `SafeText.visible`; the placeholders that stand for control characters get the
    /// `.placeholder` role so they read differently from real text. `text` may be raw or already
    /// made visible (cut to fit): placeholders are recognised by their characters.
    @discardableResult
    public mutating func putServerText(_ text: String, x: Int, y: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        let safe = SafeText.visible(text)
        let used = put(safe, x: x, y: y, role: role, maxWidth: maxWidth)
        guard SafeText.containsPlaceholder(safe), y >= 0, y < height else { return used }
        var col = x
        for g in safe {
            let w = DisplayWidth.of(g)
            if w == 0 { continue }
            if col - x + w > used { break }
            if SafeText.isPlaceholder(g), col >= 0, col < width { self[col, y].role = .placeholder }
            col += w
        }
        return used
    }
}
