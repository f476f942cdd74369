import Testing
import TerminalUI

@Suite("TextFit")
struct TextFitTests {
    static let names = [
        "resnet50-imagenet-finetune-v3", "训练作业-图像分类-resnet50", "短", "a", "", "😀😀😀😀😀",
        "混合mixed名字names", "e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}e\u{0301}",
    ]

    @Test("end truncation never exceeds the width, at every width", arguments: names)
    func endNeverExceeds(_ text: String) {
        for width in 0...(DisplayWidth.of(text) + 2) {
            let cut = TextFit.truncateEnd(text, to: width)
            #expect(DisplayWidth.of(cut) <= width, "\(text) at \(width) gave \(cut)")
            if DisplayWidth.of(text) <= width { #expect(cut == text) }
        }
    }

    @Test("middle truncation never exceeds the width, at every width", arguments: names)
    func middleNeverExceeds(_ text: String) {
        for width in 0...(DisplayWidth.of(text) + 2) {
            let cut = TextFit.truncateMiddle(text, to: width)
            #expect(DisplayWidth.of(cut) <= width, "\(text) at \(width) gave \(cut)")
            if DisplayWidth.of(text) <= width { #expect(cut == text) }
        }
    }

    @Test("end truncation keeps the start and adds an ellipsis")
    func endShape() {
        #expect(TextFit.truncateEnd("a long description", to: 10) == "a long de…")
        #expect(TextFit.truncateEnd("abc", to: 1) == "…")
        #expect(TextFit.truncateEnd("abc", to: 0) == "")
        #expect(TextFit.truncateEnd("abcdef", to: 4, ellipsis: "~") == "abc~")
    }

    @Test("middle truncation keeps both ends")
    func middleShape() {
        let cut = TextFit.truncateMiddle("resnet50-imagenet-finetune-v3", to: 15)
        #expect(cut == "resnet5…tune-v3")
        #expect(DisplayWidth.of(cut) == 15)
    }

    @Test("CJK at an odd width leaves a one-cell gap instead of half a character")
    func cjkOddWidth() {
        #expect(TextFit.truncateEnd("训练作业", to: 5) == "训练…")
        #expect(TextFit.truncateEnd("训练作业", to: 4) == "训…")
        #expect(DisplayWidth.of(TextFit.truncateEnd("训练作业", to: 4)) == 3)
        let middle = TextFit.truncateMiddle("训练作业图像分类", to: 7)
        #expect(middle == "训…分类")
        #expect(DisplayWidth.of(TextFit.truncateMiddle("训练作业图像分类", to: 8)) <= 8)
    }

    @Test("a wide ellipsis is itself cut to fit")
    func wideEllipsis() {
        #expect(TextFit.truncateEnd("abcdef", to: 1, ellipsis: "……") == "…")
        #expect(TextFit.truncateEnd("abcdef", to: 1, ellipsis: "省略") == "")
    }

    @Test("padding gives exactly the width, by display width")
    func padding() {
        for text in Self.names {
            for width in 0...12 {
                #expect(DisplayWidth.of(TextFit.padRight(text, to: width)) == width, "\(text) \(width)")
                #expect(DisplayWidth.of(TextFit.padLeft(text, to: width)) == width, "\(text) \(width)")
            }
        }
        #expect(TextFit.padRight("训", to: 4) == "训  ")
        #expect(TextFit.padLeft("训", to: 3) == " 训")
    }

    @Test("prefix takes whole graphemes that fit")
    func prefix() {
        #expect(TextFit.prefix("训练ab", fitting: 3) == "训")
        #expect(TextFit.prefix("e\u{0301}x", fitting: 1) == "e\u{0301}")
    }
}
