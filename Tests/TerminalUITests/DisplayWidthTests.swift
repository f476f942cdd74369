import Testing
import TerminalUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test("printable ASCII is one cell per character")
    func ascii() {
        #expect(DisplayWidth.of("resnet50-v2") == 11)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of(Character(" ")) == 1)
        #expect(DisplayWidth.of(Character("~")) == 1)
    }

    @Test(
        "CJK ideographs, kana, hangul and fullwidth forms take two cells",
        arguments: [
            "训", "練", "あ", "カ", "한", "Ａ", "。",
        ])
    func wide(_ text: String) {
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test("a mixed Chinese and ASCII name adds up by cell")
    func mixed() {
        #expect(DisplayWidth.of("训练作业-1") == 10)
        #expect(DisplayWidth.of("图像分类 resnet") == 15)
    }

    @Test(
        "emoji take two cells, including ZWJ sequences, flags, skin tones and VS16",
        arguments: [
            "😀", "🚀", "👨‍👩‍👧", "🇯🇵", "👍🏽", "❤️", "#️⃣",
        ])
    func emoji(_ text: String) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(text) == 2)
    }

    @Test("combining marks add no width")
    func combining() {
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("a\u{0300}\u{0301}\u{0302}") == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301) ?? "x") == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20DD) ?? "x") == 0)
    }

    @Test(
        "zero-width and format characters add no width",
        arguments: [
            0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202E, 0x2066,
        ] as [UInt32])
    func zeroWidth(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.of(scalar) == 0)
        #expect(DisplayWidth.of("a" + String(scalar) + "b") == 2)
    }

    @Test("C0 controls, DEL and C1 controls take no cells")
    func controls() throws {
        for value in Array(0..<0x20) + Array(0x7F..<0xA0) as [UInt32] {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(DisplayWidth.of(scalar) == 0, "U+\(String(value, radix: 16))")
            #expect(DisplayWidth.of(Character(scalar)) == 0, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of("\r\n") == 0)
    }

    @Test(
        "ordinary symbols the views draw are one cell",
        arguments: [
            "…", "▶", "✗", "✓", "■", "◼", "▲", "▼", "·", "─",
        ])
    func narrowSymbols(_ text: String) {
        #expect(DisplayWidth.of(text) == 1)
    }
}
