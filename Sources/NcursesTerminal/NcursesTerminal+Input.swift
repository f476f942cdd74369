import CNcurses
import TerminalUI

extension NcursesTerminal {
    /// Reads every key that is ready, without blocking (a lone Esc waits up to 25 ms for the rest
    /// of an escape sequence). A resize also forces the next frame to be redrawn in full.
    public func readKeys() -> [Key] {
        guard !isRestored else { return [] }
        var keys: [Key] = []
        var code: UInt32 = 0
        // Bounded so a flood of pasted input cannot stall a frame; the rest stays in the tty
        // buffer, where poll() still sees it.
        while keys.count < 1024 {
            let rc = cn_get_key(window, &code)
            if rc == ERR { break }
            let isFunctionKey = rc == KEY_CODE_YES
            if isFunctionKey && Int32(bitPattern: code) == KEY_MOUSE {
                if let event = readMouse() { keys.append(.mouse(event)) }
                continue
            }
            let key = KeyDecoder.decode(code: Int(code), isFunctionKey: isFunctionKey)
            if key == .resize { invalidate() }
            keys.append(key)
        }
        return keys
    }

    /// Turns mouse reporting on (left press and the wheel) or off. Off by default, so the
    /// terminal's own text selection keeps working.
    public func enableMouse(_ on: Bool) {
        guard !isRestored else { return }
        let mask = on ? cn_button1_pressed() | cn_button4_pressed() | cn_button5_pressed() : 0
        mousemask(mask, nil)
        mouseinterval(0)  // report presses at once instead of waiting to detect clicks
    }

    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & cn_button4_pressed() != 0 {
            kind = .wheelUp
        } else if event.bstate & cn_button5_pressed() != 0 {
            kind = .wheelDown
        } else if event.bstate & cn_button1_pressed() != 0 {
            kind = .press
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y))
    }
}
