/// The terminal as the runtime loop sees it. `NcursesTerminal` is the real one; tests use a fake.
public protocol TerminalDevice: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    /// Whether the terminal shows colours (and the user has not asked for none).
    var supportsColor: Bool { get }
    /// Whether the terminal can show UTF-8 (box drawing, glyphs); otherwise use ASCII fallbacks.
    var supportsUnicode: Bool { get }
    /// Shows `buffer`, sending only what changed since the last frame; with `changedRows` (ascending),
    /// only those rows can have changed (nil: any), after `shift` moved lines of the last frame (which the
    /// device may scroll on screen rather than draw). The device keeps no reference to `buffer`.
    func present(_ buffer: ScreenBuffer, changedRows: [Int]?, shift: RowShift?)
    /// Reads every key that is ready now, without blocking.
    func readKeys() -> [Key]
    /// Restores the terminal to how it was found. Safe to call twice.
    func restore()
    /// Sends a complete escape sequence straight to the terminal, after the current frame (for
    /// requests curses knows nothing of, such as OSC 52). Callers build it from safe parts only.
    func writeEscapeSequence(_ bytes: [UInt8])
    /// Turns mouse reporting (left press and the wheel) on or off.
    func enableMouse(_ on: Bool)
    /// What the loop sleeps in between turns: it returns on a key, a resize (reported as `.input`, so
    /// `readKeys()` yields `.resize`), the waiter's `wake` from any thread, or a timeout. Called once.
    func makeWaiter() throws -> any TerminalWaiter
}

extension TerminalDevice {
    /// Shows `buffer` where no lines moved (see `present(_:changedRows:shift:)`).
    public func present(_ buffer: ScreenBuffer, changedRows: [Int]?) {
        present(buffer, changedRows: changedRows, shift: nil)
    }

    /// Asks the terminal to put `text` on the system clipboard with OSC 52 (see `OSC52`).
    public func copyToClipboard(_ text: String) {
        writeEscapeSequence(OSC52.copy(text))
    }
}

/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
    public var description: String { "\(width)x\(height)" }
}
