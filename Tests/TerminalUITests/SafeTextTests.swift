import Testing
@testable import TerminalUI

@Suite("SafeText")
struct SafeTextTests {
    /// Nothing a terminal would interpret: C0, DEL, C1, bidi controls, line separators.
    static func isDangerous(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
            || v == 0x2028 || v == 0x2029
    }

    static func expectSafe(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = SafeText.visible(text)
        let bad = shown.unicodeScalars.filter(isDangerous)
        #expect(
            bad.isEmpty, "left \(bad.map { String($0.value, radix: 16) }) in \(shown.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test("every C0 control, DEL and C1 control is replaced by something visible")
    func everyControl() throws {
        for value in Array(0..<0x20) + Array(0x7F...0x9F) as [UInt32] {
            let scalar = try #require(Unicode.Scalar(value))
            let text = "a" + String(scalar) + "b"
            Self.expectSafe(text)
            let shown = SafeText.visible(text)
            #expect(shown.hasPrefix("a") && shown.hasSuffix("b"))
            #expect(DisplayWidth.of(shown) >= 3, "U+\(String(value, radix: 16)) must leave a visible mark")
            #expect(!SafeText.isSafe(text))
        }
    }

    @Test("8-bit CSI and OSC introducers are neutralised")
    func c1Introducers() {
        Self.expectSafe("\u{9B}2J")
        Self.expectSafe("\u{9D}0;title\u{9C}")
        #expect(SafeText.visible("\u{9B}2J") == "�2J")
    }

    @Test(
        "escape sequences lose their ESC and BEL",
        arguments: [
            "\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\u{1B}[31mred\u{1B}[0m", "\u{1B}P1$r\u{1B}\\", "\u{1B}c",
            "\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\",
        ])
    func escapeSequences(_ text: String) {
        Self.expectSafe(text)
        #expect(!SafeText.visible(text).unicodeScalars.contains("\u{1B}"))
    }

    @Test("the OSC title attack reads as visible text")
    func oscTitle() {
        #expect(SafeText.visible("\u{1B}]0;pwned\u{07}") == "␛]0;pwned␇")
    }

    @Test(
        "bidi overrides, embeddings, isolates and marks are replaced",
        arguments: [
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
        ] as [UInt32])
    func bidi(_ value: UInt32) throws {
        let text = "job" + String(try #require(Unicode.Scalar(value))) + "gpj.exe"
        Self.expectSafe(text)
        #expect(SafeText.visible(text).contains("⁇"))
    }

    @Test("zero-width characters are dropped", arguments: [0x200B, 0x200C, 0x2060, 0xFEFF] as [UInt32])
    func zeroWidth(_ value: UInt32) throws {
        let text = "ab" + String(try #require(Unicode.Scalar(value))) + "cd"
        #expect(SafeText.visible(text) == "abcd")
    }

    @Test("tabs, newlines and line separators become one-cell arrows")
    func whitespace() {
        #expect(SafeText.visible("a\tb") == "a→b")
        #expect(SafeText.visible("a\nb\rc") == "a↵b↵c")
        #expect(SafeText.visible("a\r\nb") == "a↵↵b")
        #expect(SafeText.visible("a\u{2028}b\u{2029}") == "a↵b↵")
    }

    @Test(
        "safe text, Chinese, combining marks and ZWJ emoji come back unchanged",
        arguments: [
            "resnet50 fine-tune", "训练作业-1 图像分类", "café", "e\u{0301}", "👨‍👩‍👧 family", "",
        ])
    func unchanged(_ text: String) {
        #expect(SafeText.visible(text) == text)
        #expect(SafeText.isSafe(text))
    }

    @Test("a mix of every hazard leaves nothing dangerous")
    func mixture() {
        var text = ""
        for v in 0..<0x20 as Range<UInt8> { text.unicodeScalars.append(Unicode.Scalar(v)) }
        text += "\u{7F}\u{85}\u{9B}\u{9D}\u{202E}\u{2067}\u{200F}名字\u{200B}\u{1B}[?1049l"
        Self.expectSafe(text)
        #expect(SafeText.visible(text).contains("名字"))
    }
}
