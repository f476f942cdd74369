import Testing
@testable import TerminalUI

/// `DisplayWidth.of` answers common blocks without Unicode property lookups (they were a large
/// part of a key's cost); every such answer must be what the properties give.
@Suite("DisplayWidth fast paths")
struct DisplayWidthFastPathTests {
    static let fastBlocks: [ClosedRange<UInt32>] = [
        DisplayWidth.symbolBlocks, 0x2010...0x2027, 0x2039...0x203A, 0x3041...0x3096, 0x309B...0x30FF,
        0x4E00...0x9FFF, 0xAC00...0xD7A3,
    ]

    @Test("every scalar answered by a fast path has the width its Unicode properties give")
    func agreesWithProperties() {
        var disagreements: [String] = []
        for block in Self.fastBlocks {
            for value in block {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let fast = DisplayWidth.of(scalar), slow = DisplayWidth.propertyWidth(scalar)
                if fast != slow {
                    disagreements.append("U+\(String(value, radix: 16, uppercase: true)) \(fast) vs \(slow)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test("the glyphs the views draw are one cell, the emoji among the symbols two")
    func glyphs() {
        for glyph in ["─", "│", "┌", "▲", "▼", "▶", "■", "◼", "✓", "✗", "→"] {
            #expect(DisplayWidth.of(Character(glyph)) == 1, "\(glyph)")
        }
        for emoji in ["⌚", "◽", "✅", "❌", "➕"] {
            #expect(DisplayWidth.of(Character(emoji)) == 2, "\(emoji)")
        }
    }
}
