import Foundation
import TerminalUI

/// A terminal in memory for whole-session tests: the test sends keys and reads the frames as text;
/// the loop sleeps in a waiter that returns for those keys, for mailbox wake-ups, or when the manual
/// clock passes the loop's deadline. Thread-safe: the loop runs on its own thread, the test on another.
public final class FakeTerminal: TerminalDevice, @unchecked Sendable {
    /// Guards every field below and wakes the waiter.
    let condition = NSCondition()
    let clock: ManualClock
    private var currentSize: Size
    var pendingKeys: [Key] = []
    var woken = false
    var closed = false
    /// Counts the loop's entries into `wait` that found nothing to do: it changes whenever the loop works.
    var idleTurn: Int?
    /// Until when the loop is asleep (nil: until a key or a wake-up).
    var waitDeadline: ManualClock.Instant?
    private var turns = 0
    private var frame: ScreenBuffer?
    private var written: [[UInt8]] = []
    private var mouse = false
    private var frameCount = 0
    private var watched: (text: String, frames: Int)?

    public let supportsColor: Bool
    public let supportsUnicode: Bool

    public init(size: Size = Size(width: 120, height: 40), clock: ManualClock, unicode: Bool = true) {
        currentSize = size
        self.clock = clock
        supportsColor = false
        supportsUnicode = unicode
        clock.onAdvance { [condition] in
            condition.lock()
            condition.broadcast()
            condition.unlock()
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    // MARK: What the test does

    /// Queues keys as if typed, and wakes the loop.
    public func send(_ keys: [Key]) {
        locked {
            pendingKeys += keys
            condition.broadcast()
        }
    }

    /// Changes the size and reports a resize, as SIGWINCH and curses do.
    public func resize(to size: Size) {
        locked { currentSize = size }
        send([.resize])
    }

    /// Closes the input, as a hung-up terminal does.
    public func closeInput() {
        locked {
            closed = true
            condition.broadcast()
        }
    }

    /// The last frame, one string per row (trailing blanks kept).
    public var lines: [String] {
        locked { frame.map { f in (0..<f.height).map { f.rowText($0) } } ?? [] }
    }

    /// The last frame as one text block.
    public var screen: String { lines.joined(separator: "\n") }

    /// Every escape sequence written so far (OSC 52).
    public var escapeSequences: [[UInt8]] { locked { written } }

    /// Whether mouse reporting is on.
    public var mouseEnabled: Bool { locked { mouse } }

    /// How many frames were presented.
    public var presentedFrames: Int { locked { frameCount } }

    /// The loop's current idle turn: non-nil while it sleeps with nothing queued for it and its deadline
    /// still ahead.
    public var idle: Int? {
        locked {
            let due = waitDeadline.map { clock.now >= $0 } ?? false
            return pendingKeys.isEmpty && !woken && !closed && !due ? idleTurn : nil
        }
    }

    // MARK: TerminalDevice

    public var size: Size { locked { currentSize } }

    public func present(_ buffer: ScreenBuffer, changedRows: [Int]?, shift: RowShift?) {
        locked {
            frameCount += 1
            if frame?.size != buffer.size || changedRows == nil {
                frame = buffer.detachedCopy()
            } else {
                if let shift { frame?.apply(shift) }
                for y in changedRows ?? [] { frame?.copyRow(y, from: buffer) }
            }
            if let text = watched?.text, let f = frame, (0..<f.height).contains(where: { f.rowText($0).contains(text) })
            {
                watched?.frames += 1
            }
        }
    }

    /// From now on, counts the frames presented with `text` on any row (`framesShowingWatchedText`).
    public func watch(for text: String) { locked { watched = (text, 0) } }

    /// How many frames presented since `watch(for:)` showed its text.
    public var framesShowingWatchedText: Int { locked { watched?.frames ?? 0 } }

    public func readKeys() -> [Key] {
        locked {
            defer { pendingKeys.removeAll() }
            return pendingKeys
        }
    }

    public func restore() {}

    public func writeEscapeSequence(_ bytes: [UInt8]) { locked { written.append(bytes) } }

    public func enableMouse(_ on: Bool) { locked { mouse = on } }

    public func makeWaiter() throws -> any TerminalWaiter { FakeTerminalWaiter(terminal: self) }

    /// The waiter's turn: one reason, or a wait on the condition.
    func nextReason(deadline: ManualClock.Instant?) -> WakeReason {
        condition.lock()
        defer {
            idleTurn = nil
            condition.unlock()
        }
        turns += 1
        waitDeadline = deadline
        while true {
            if !pendingKeys.isEmpty || closed { return .input }
            if woken {
                woken = false
                return .wake
            }
            if let deadline, clock.now >= deadline { return .timeout }
            idleTurn = turns
            condition.wait()
        }
    }

    var isClosed: Bool { locked { closed } }

    func wakeUp() {
        locked {
            woken = true
            condition.broadcast()
        }
    }
}

/// The fake terminal's waiter: the loop sleeps on the terminal's condition, not on a descriptor.
final class FakeTerminalWaiter: TerminalWaiter {
    private let terminal: FakeTerminal

    init(terminal: FakeTerminal) { self.terminal = terminal }

    var wake: @Sendable () -> Void { { [terminal] in terminal.wakeUp() } }

    var inputClosed: Bool { terminal.isClosed }

    func wait(timeout: Duration?) -> WakeReason {
        terminal.nextReason(deadline: timeout.map { terminal.clock.now.advanced(by: $0) })
    }
}
