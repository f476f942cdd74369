#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CNcurses
import CTerminalRestore
import TerminalUI

/// The real terminal, through ncurses: the only type in majobs that calls curses. Not thread-safe
/// (curses is not): create, use and restore it on the loop's thread only.
///
/// Every call into the C shim that touches its saved state (handlers, restore flag, resize fd) is
/// in this file, as a reminder that the order of those calls matters.
public final class NcursesTerminal: TerminalDevice {
    let window: UnsafeMutablePointer<WINDOW>
    let styles: CursesStyles
    /// The frame on screen, to send only what changed; nil forces a full redraw.
    var lastFrame: ScreenBuffer?
    private(set) var isRestored = false
    private var resizeWake: WakePipe?
    /// The terminal's scroll region strings (`cn_scroll_bytes`), looked up once.
    let scrollCapabilities: cn_scroll_caps
    /// The bytes of the scrolls sent so far, by rows, offset and screen height.
    var scrollBytesCache: [ScrollKey: [UInt8]] = [:]
    struct ScrollKey: Hashable {
        let top: Int32, bottom: Int32, offset: Int32, lines: Int32
    }
    /// Whether sgr/sgr0 no longer reset G0 (`cn_trim_charset_resets`), so a full repaint must.
    private var trimmedCharsetResets = false

    /// The colour mode in effect (monochrome if asked for, or if the terminal has no colours).
    public let colorMode: ColorMode
    /// The theme in effect for `colorMode`.
    public let theme: Theme
    public let supportsUnicode: Bool
    public var supportsColor: Bool { colorMode == .color }

    /// Takes over the terminal: curses mode, alternate screen, no echo, keypad, hidden cursor,
    /// non-blocking input, colours (unless `colorMode` is `.monochrome` or the terminal has none),
    /// and restoration on exit, ^C, SIGTERM, SIGHUP and crashes.
    /// - Parameter colorMode: what the user asked for (see `ColorMode.resolve`); downgraded to
    ///   monochrome when the terminal turns out to have no colours.
    public init(colorMode: ColorMode = .color) throws {
        // Checked before curses starts: on a terminal that cannot address the cursor it would draw garbage.
        try Self.checkCapabilities()
        supportsUnicode = cn_setup_locale() == 1
        guard let window = cn_start_screen() else {
            throw TerminalError.cannotStart(terminal: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.window = window
        scrollCapabilities = cn_load_scroll_caps()
        // Straight after curses starts, so every later failure still leaves a usable terminal.
        tr_install_restore_handlers(1)
        cbreak()
        Self.disableFlowControl()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        leaveok(window, true)  // the cursor is hidden: don't spend bytes moving it
        curs_set(0)
        set_escdelay(25)
        // No typeahead check in `doupdate`: it polled the input twice before the first byte of every
        // frame (key latency), and the loop reads all pending keys before it draws anyway.
        typeahead(-1)
        // Attribute switches without the 3-byte `ESC ( B` (G0 := ASCII) xterm's sgr/sgr0 start with: we never
        // select the line-drawing set (no A_ALTCHARSET; line characters are Unicode, which curses maps to ACS
        // only outside UTF-8), so G0 is reset once here and on each full repaint instead (docs/PERFORMANCE.md).
        if supportsUnicode, cn_trim_charset_resets() > 0 {
            trimmedCharsetResets = true
            Self.resetCharset()
        }
        let useColor = colorMode == .color && has_colors()
        var defaultColors = false
        if useColor {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        self.colorMode = useColor ? .color : .monochrome
        theme = self.colorMode.theme
        styles = CursesStyles(theme: theme, useColor: useColor, defaultColors: defaultColors)
        assert(Self.keyCodesMatchCurses, "KeyDecoder.Code disagrees with <curses.h>")
    }

    deinit { restore() }

    /// Current size in cells (ncurses updates it when it reports KEY_RESIZE).
    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    public var inputDescriptor: Int32 { STDIN_FILENO }

    /// Leaves curses mode and puts the terminal back as it was. Safe to call twice; after it,
    /// `present` and `readKeys` do nothing.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        tr_wake_on_resize(-1)
        resizeWake = nil
        tr_restore_terminal()
    }

    /// Makes a resize (SIGWINCH) wake a loop sleeping in `EventLoopWaiter.wait`, which then returns
    /// `.input` so `readKeys()` reports `.resize`. Call after init; the pipe is kept until `restore()`.
    func wakeOnResize(_ pipe: WakePipe) {
        guard !isRestored else { return }
        resizeWake = pipe
        tr_wake_on_resize(pipe.writeDescriptor)
    }

    /// Forgets what is on screen: the next `present` clears and redraws everything (Ctrl-L, resume).
    public func invalidate() {
        lastFrame = nil
        clearok(window, true)
        if trimmedCharsetResets { Self.resetCharset() }
    }

    /// Selects ASCII into G0 (`ESC ( B`), what the trimmed `sgr0` no longer does on every switch: at start and
    /// before a full repaint, in case another program left the line-drawing set selected.
    static func resetCharset() { RawTerminalWrite.send([0x1B, 0x28, 0x42]) }

    /// Whether `KeyDecoder`'s copies of the curses key codes are the real ones.
    static var keyCodesMatchCurses: Bool {
        typealias C = KeyDecoder.Code
        let pairs: [(Int, Int32)] = [
            (C.down, KEY_DOWN), (C.up, KEY_UP), (C.left, KEY_LEFT), (C.right, KEY_RIGHT), (C.home, KEY_HOME),
            (C.backspace, KEY_BACKSPACE), (C.f0, KEY_F0), (C.deleteChar, KEY_DC), (C.insertChar, KEY_IC),
            (C.nextPage, KEY_NPAGE), (C.previousPage, KEY_PPAGE), (C.enter, KEY_ENTER), (C.keypadA1, KEY_A1),
            (C.keypadA3, KEY_A3), (C.keypadC1, KEY_C1), (C.keypadC3, KEY_C3), (C.backTab, KEY_BTAB),
            (C.end, KEY_END), (C.mouse, KEY_MOUSE), (C.resize, KEY_RESIZE),
        ]
        return pairs.allSatisfy { $0.0 == Int($0.1) }
    }
}
