/// The terminal as the runtime loop sees it. `NcursesTerminal` is the real one; tests use a fake.
public protocol TerminalDevice: AnyObject {
    /// Current size in cells.
    var size: Size { get }
    /// Whether the terminal shows colours (and the user has not asked for none).
    var supportsColor: Bool { get }
    /// Whether the terminal can show UTF-8 (box drawing, glyphs); otherwise use ASCII fallbacks.
    var supportsUnicode: Bool { get }
    /// Shows `buffer`, sending only what changed since the last frame.
    func present(_ buffer: ScreenBuffer)
    /// Reads every key that is ready now, without blocking.
    func readKeys() -> [Key]
    /// The file descriptor to poll for input.
    var inputDescriptor: Int32 { get }
    /// Restores the terminal to how it was found. Safe to call twice.
    func restore()
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
