/// The search prompt while it is open: the text being typed, the caret in it, what to restore on
/// Esc, and where Up/Down are in the history.
public struct SearchEditor: Hashable, Sendable {
    /// The prompt's text; change it through the editing methods so the caret stays inside it.
    public private(set) var text: String
    /// The caret, in characters from the start: typing and deleting happen here (0...text.count).
    public private(set) var cursor: Int
    /// The search that was active when the prompt opened; Esc goes back to it.
    public let original: String
    /// Index into the history while recalling, nil while typing.
    public var historyIndex: Int?
    /// What was typed before recalling, so Down past the newest entry brings it back.
    public var draft: String

    /// Opens on `original` with the caret at its end.
    public init(original: String) {
        self.text = original
        self.cursor = original.count
        self.original = original
        self.historyIndex = nil
        self.draft = original
    }

    /// The text before the caret and from the caret on.
    public var split: (before: Substring, after: Substring) {
        let i = text.index(text.startIndex, offsetBy: cursor)
        return (text[..<i], text[i...])
    }

    /// Replaces the whole text (history recall, clearing), the caret at its end.
    public mutating func replace(with newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Types `c` at the caret and moves past it; false (nothing changes) when the text would pass
    /// `limit` Unicode scalars.
    public mutating func insert(_ c: Character, limit: Int) -> Bool {
        guard text.unicodeScalars.count + c.unicodeScalars.count <= limit else { return false }
        let (before, after) = split
        let head = String(before) + String(c)
        text = head + after
        // A combining mark joins the character before it, so count what the caret now follows.
        cursor = min(head.count, text.count)
        return true
    }

    /// Backspace: removes the character before the caret; false at the start.
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        let (before, after) = split
        text = String(before.dropLast()) + after
        cursor = min(cursor - 1, text.count)
        return true
    }

    /// Delete: removes the character under the caret; false at the end.
    public mutating func deleteForward() -> Bool {
        guard cursor < text.count else { return false }
        let (before, after) = split
        text = String(before) + after.dropFirst()
        cursor = min(cursor, text.count)
        return true
    }

    /// Moves the caret by `delta` characters, stopping at either end; false when it did not move.
    public mutating func moveCursor(by delta: Int) -> Bool {
        moveCursor(to: cursor + delta)
    }

    /// Puts the caret at `position` (clamped to the text); false when it did not move.
    public mutating func moveCursor(to position: Int) -> Bool {
        let clamped = min(max(0, position), text.count)
        guard clamped != cursor else { return false }
        cursor = clamped
        return true
    }
}
