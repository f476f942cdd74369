/// Turns what curses' `wget_wch` returns into a `Key`. Pure, so it is tested without a terminal.
/// The function-key numbers are the curses ABI values (`<curses.h>`); `NcursesTerminal` checks
/// them against the real constants when it starts.
public enum KeyDecoder {
    /// Curses function-key codes (`KEY_*`), as returned with `KEY_CODE_YES`.
    public enum Code {
        public static let down: Int = 0o402
        public static let up: Int = 0o403
        public static let left: Int = 0o404
        public static let right: Int = 0o405
        public static let home: Int = 0o406
        public static let backspace: Int = 0o407
        /// `KEY_F0`; F(n) is `f0 + n`.
        public static let f0: Int = 0o410
        public static let deleteChar: Int = 0o512
        public static let insertChar: Int = 0o513
        public static let nextPage: Int = 0o522
        public static let previousPage: Int = 0o523
        public static let enter: Int = 0o527
        /// Keypad corners: upper left, upper right, lower left, lower right.
        public static let keypadA1: Int = 0o534
        public static let keypadA3: Int = 0o535
        public static let keypadC1: Int = 0o537
        public static let keypadC3: Int = 0o540
        public static let backTab: Int = 0o541
        public static let end: Int = 0o550
        public static let mouse: Int = 0o631
        public static let resize: Int = 0o632
    }

    /// Decodes one key. `isFunctionKey` is true when curses returned `KEY_CODE_YES` (then `code`
    /// is a `KEY_*` value), false when `code` is a character. A mouse key decodes to `.unknown`
    /// here: its event must be fetched from curses (`getmouse`) by the device.
    public static func decode(code: Int, isFunctionKey: Bool) -> Key {
        isFunctionKey ? functionKey(code) : character(code)
    }

    private static func functionKey(_ code: Int) -> Key {
        switch code {
        case Code.up: return .up
        case Code.down: return .down
        case Code.left: return .left
        case Code.right: return .right
        case Code.home, Code.keypadA1: return .home
        case Code.end, Code.keypadC1: return .end
        case Code.nextPage, Code.keypadC3: return .pageDown
        case Code.previousPage, Code.keypadA3: return .pageUp
        case Code.backspace: return .backspace
        case Code.deleteChar: return .delete
        case Code.insertChar: return .insert
        case Code.backTab: return .backTab
        case Code.enter: return .enter
        case Code.resize: return .resize
        case Code.f0 + 1...Code.f0 + 63: return .function(code - Code.f0)
        default: return .unknown(code)
        }
    }

    private static func character(_ code: Int) -> Key {
        switch code {
        case 13, 10: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0..<0x20, 0x80..<0xA0: return .unknown(code)
        default:
            guard code > 0, code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else { return .unknown(code) }
            return .char(Character(scalar))
        }
    }
}
