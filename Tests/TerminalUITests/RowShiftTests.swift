import Testing
@testable import TerminalUI

@Suite("RowShift")
struct RowShiftTests {
    /// A buffer whose row `y` reads its digit, with a wide character on the middle rows.
    static func numbered(height: Int = 6) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 4, height: height)
        for y in 0..<height { buffer.put(y == 3 ? "\(y)日" : "\(y)\(y)", x: 0, y: y, role: .normal) }
        return buffer
    }

    static func rows(_ buffer: ScreenBuffer) -> [String] { (0..<buffer.height).map(buffer.rowText) }

    @Test("lines move up or down inside the range only, and the uncovered ones are filled")
    func moves() {
        var up = Self.numbered()
        up.apply(RowShift(rows: 1..<5, offset: 1))
        #expect(Self.rows(up) == ["00  ", "22  ", "3日 ", "44  ", "    ", "55  "])
        var down = Self.numbered()
        down.apply(RowShift(rows: 1..<5, offset: -2), fill: .blank(.dim))
        #expect(Self.rows(down) == ["00  ", "    ", "    ", "11  ", "22  ", "55  "])
        #expect(down[0, 1].role == .dim && down[0, 3].role == .normal)
        #expect(RowShift(rows: 1..<5, offset: -2).uncovered == 1..<3)
        #expect(RowShift(rows: 1..<5, offset: 1).uncovered == 4..<5)
    }

    @Test("a move as long as the range uncovers all of it; no move changes nothing")
    func edges() {
        var all = Self.numbered()
        all.apply(RowShift(rows: 2..<4, offset: 5))
        #expect(Self.rows(all) == ["00  ", "11  ", "    ", "    ", "44  ", "55  "])
        #expect(RowShift(rows: 2..<4, offset: 5).uncovered == 2..<4)
        var none = Self.numbered()
        none.apply(RowShift(rows: 0..<6, offset: 0))
        #expect(none == Self.numbered())
    }
}
