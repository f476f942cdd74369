import Testing
import TerminalUI

@Suite("KeyDecoder")
struct KeyDecoderTests {
    typealias C = KeyDecoder.Code

    @Test(
        "function keys map to their keys",
        arguments: [
            (C.up, Key.up), (C.down, .down), (C.left, .left), (C.right, .right), (C.nextPage, .pageDown),
            (C.previousPage, .pageUp), (C.home, .home), (C.end, .end), (C.backspace, .backspace),
            (C.deleteChar, .delete), (C.insertChar, .insert), (C.backTab, .backTab), (C.resize, .resize),
            (C.enter, .enter), (C.keypadA1, .home), (C.keypadC1, .end), (C.keypadA3, .pageUp), (C.keypadC3, .pageDown),
        ])
    func functionKeys(_ code: Int, _ key: Key) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: true) == key)
    }

    @Test("the curses key numbers are the ABI values")
    func abiValues() {
        #expect(C.down == 258 && C.up == 259 && C.left == 260 && C.right == 261)
        #expect(C.nextPage == 338 && C.previousPage == 339 && C.resize == 410 && C.mouse == 409)
    }

    @Test("F1 to F12 decode by number")
    func fKeys() {
        for n in 1...12 {
            #expect(KeyDecoder.decode(code: C.f0 + n, isFunctionKey: true) == .function(n))
        }
        #expect(KeyDecoder.decode(code: 9999, isFunctionKey: true) == .unknown(9999))
    }

    @Test(
        "Enter, Esc, Backspace and Tab arrive as characters",
        arguments: [
            (13, Key.enter), (10, .enter), (27, .escape), (127, .backspace), (8, .backspace), (9, .tab),
        ])
    func specialCharacters(_ code: Int, _ key: Key) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == key)
    }

    @Test("other control codes are Ctrl plus a lower-case letter")
    func ctrl() {
        #expect(KeyDecoder.decode(code: 6, isFunctionKey: false) == .ctrl("f"))
        #expect(KeyDecoder.decode(code: 2, isFunctionKey: false) == .ctrl("b"))
        #expect(KeyDecoder.decode(code: 3, isFunctionKey: false) == .ctrl("c"))
        #expect(KeyDecoder.decode(code: 1, isFunctionKey: false) == .ctrl("a"))
        #expect(KeyDecoder.decode(code: 26, isFunctionKey: false) == .ctrl("z"))
        #expect(KeyDecoder.decode(code: 12, isFunctionKey: false) == .ctrl("l"))
        #expect(KeyDecoder.decode(code: 0, isFunctionKey: false) == .unknown(0))
        #expect(KeyDecoder.decode(code: 28, isFunctionKey: false) == .unknown(28))
    }

    @Test("a function-key code is not read as a character and vice versa")
    func flagMatters() {
        #expect(KeyDecoder.decode(code: C.up, isFunctionKey: false) == .char("ă"))  // U+0103
        #expect(KeyDecoder.decode(code: 13, isFunctionKey: true) == .unknown(13))
    }

    @Test(
        "printable characters, Chinese included, come through as they are",
        arguments: [
            "j", "k", "G", "/", "?", " ", "]", "<", "推", "理", "é",
        ] as [Character])
    func printable(_ c: Character) throws {
        let code = Int(try #require(c.unicodeScalars.first).value)
        #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == .char(c))
    }

    @Test("C1 controls and invalid scalars are unknown, never characters", arguments: [0x9B, 0x85, 0xD800, 0x110000])
    func invalid(_ code: Int) {
        #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == .unknown(code))
    }
}

@Suite("Key names")
struct KeyNameTests {
    @Test("hint names use arrows on UTF-8 terminals and words otherwise")
    func names() {
        #expect(Key.down.name(unicode: true) == "↓")
        #expect(Key.down.name(unicode: false) == "Down")
        #expect(Key.ctrl("f").name(unicode: false) == "Ctrl-F")
        #expect(Key.pageDown.name(unicode: false) == "PgDn")
        #expect(Key.char(" ").description == "Space")
    }
}
