import Testing
import TerminalUI

@Suite("ScreenBuffer")
struct ScreenBufferTests {
    /// Every wide grapheme is followed by exactly one continuation, and no continuation stands alone.
    static func expectConsistent(_ b: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<b.height {
            var x = 0
            while x < b.width {
                let cell = b[x, y]
                #expect(!cell.isContinuation, "orphan continuation at \(x),\(y)", sourceLocation: sourceLocation)
                if DisplayWidth.of(cell.grapheme) == 2 {
                    #expect(
                        x + 1 < b.width && b[x + 1, y].isContinuation, "wide at \(x),\(y) lost its right half",
                        sourceLocation: sourceLocation)
                    x += 2
                } else {
                    x += 1
                }
            }
        }
    }

    @Test("a new buffer is blank")
    func blank() {
        let b = ScreenBuffer(width: 4, height: 2)
        #expect(b.text == "    \n    ")
        #expect(b.cells.allSatisfy { $0 == .blank })
    }

    @Test("negative sizes become empty buffers")
    func negativeSize() {
        let b = ScreenBuffer(width: -3, height: 5)
        #expect(b.size == Size(width: 0, height: 5))
        #expect(b.cells.isEmpty)
    }

    @Test("put writes text with its role and returns the cells used")
    func putBasic() {
        var b = ScreenBuffer(width: 10, height: 1)
        let used = b.put("abc", x: 2, y: 0, role: .title)
        #expect(used == 3)
        #expect(b.rowText(0) == "  abc     ")
        #expect(b[2, 0].role == .title)
        #expect(b[5, 0].role == .normal)
    }

    @Test("put clips at the right edge, at maxWidth and off-screen rows")
    func putClipping() {
        var b = ScreenBuffer(width: 5, height: 2)
        #expect(b.put("abcdefgh", x: 2, y: 0, role: .normal) == 3)
        #expect(b.rowText(0) == "  abc")
        #expect(b.put("abcdefgh", x: 0, y: 1, role: .normal, maxWidth: 2) == 2)
        #expect(b.rowText(1) == "ab   ")
        #expect(b.put("zz", x: 0, y: 2, role: .normal) == 0)
        #expect(b.put("zz", x: 0, y: -1, role: .normal) == 0)
        #expect(b.put("zz", x: 5, y: 0, role: .normal) == 0)
        #expect(b.put("zz", x: 1, y: 0, role: .normal, maxWidth: 0) == 0)
        #expect(b.put("zz", x: 1, y: 0, role: .normal, maxWidth: -4) == 0)
        #expect(b.put("zz", x: 3, y: 0, role: .normal, maxWidth: Int.max) == 2)
        #expect(b.rowText(0) == "  azz")
    }

    @Test("put starting left of the screen shows only the visible part")
    func putNegativeX() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("abcdef", x: -2, y: 0, role: .normal)
        #expect(b.rowText(0) == "cdef")
        var c = ScreenBuffer(width: 4, height: 1)
        c.put("x训练", x: -2, y: 0, role: .normal)  // 训 straddles column 0
        #expect(c.rowText(0) == " 练 ")
        Self.expectConsistent(c)
    }

    @Test("a wide grapheme that does not fit at the edge becomes a space")
    func wideAtEdge() {
        var b = ScreenBuffer(width: 5, height: 1)
        let used = b.put("ab训练", x: 0, y: 0, role: .normal)
        #expect(b.rowText(0) == "ab训 ")
        #expect(used == 5)
        #expect(b[2, 0].grapheme == "训")
        #expect(b[3, 0].isContinuation)
        #expect(!b[4, 0].isContinuation)
        Self.expectConsistent(b)
        var c = ScreenBuffer(width: 6, height: 1)
        c.put("训练", x: 0, y: 0, role: .normal, maxWidth: 3)
        #expect(c.rowText(0) == "训    ")
        Self.expectConsistent(c)
    }

    @Test("rowText reads a wide grapheme once")
    func rowTextWide() {
        var b = ScreenBuffer(width: 8, height: 1)
        b.put("名字ab", x: 0, y: 0, role: .normal)
        #expect(b.rowText(0) == "名字ab  ")
        #expect(DisplayWidth.of(b.rowText(0)) == 8)
    }

    @Test("overwriting the right half of a wide grapheme clears its left half")
    func overwriteRightHalf() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("训练", x: 0, y: 0, role: .normal)
        b.put("x", x: 1, y: 0, role: .normal)
        #expect(b.rowText(0) == " x练  ")
        Self.expectConsistent(b)
    }

    @Test("overwriting the left half of a wide grapheme clears its right half")
    func overwriteLeftHalf() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("训练", x: 0, y: 0, role: .normal)
        b.put("x", x: 2, y: 0, role: .normal)
        #expect(b.rowText(0) == "训x   ")
        Self.expectConsistent(b)
    }

    @Test("a wide grapheme written across two others clears both")
    func wideOverWide() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("训练作", x: 0, y: 0, role: .normal)
        b.put("名", x: 1, y: 0, role: .normal)
        #expect(b.rowText(0) == " 名 作")
        Self.expectConsistent(b)
    }

    @Test("fill and restyle clip to the buffer instead of trapping")
    func fillClipping() {
        var b = ScreenBuffer(width: 4, height: 3)
        b.fill(x: 2, y: 1, width: 10, height: 10, role: .selectedRow)
        #expect(b[3, 2].role == .selectedRow)
        #expect(b[1, 1].role == .normal)
        b.fill(y: 7, role: .error)
        b.fill(x: 9, y: 0, role: .error)
        b.fill(x: -3, y: -3, width: 2, height: 2, role: .error)
        b.fill(x: 0, y: 0, width: -1, role: .error)
        b.restyle(x: 10, y: 0, width: 3, role: .error)
        b.restyle(x: -5, y: 0, width: 2, role: .error)
        b.restyle(x: 0, y: 9, width: 2, role: .error)
        #expect(!b.cells.contains { $0.role == .error })
        b.fill(x: -1, y: 0, width: 3, role: .warning)
        #expect(b.rowRoles(0) == [.warning, .warning, .normal, .normal])
        b.restyle(x: 3, y: 0, width: Int.max, role: .dim)
        #expect(b[3, 0].role == .dim)
    }

    @Test("fill over half a wide grapheme clears the other half")
    func fillHalfWide() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("训练作", x: 0, y: 0, role: .normal)
        b.fill(x: 1, y: 0, width: 2, role: .dim)
        #expect(b.rowText(0) == "    作")
        Self.expectConsistent(b)
    }

    @Test("text joins rows with newlines")
    func text() {
        var b = ScreenBuffer(width: 3, height: 2)
        b.put("ab", x: 0, y: 0, role: .normal)
        b.put("c", x: 2, y: 1, role: .normal)
        #expect(b.text == "ab \n  c")
    }

    @Test("zero-width graphemes are skipped by put")
    func zeroWidthSkipped() {
        var b = ScreenBuffer(width: 4, height: 1)
        #expect(b.put("a\u{200B}b", x: 0, y: 0, role: .normal) == 2)
        #expect(b.rowText(0) == "ab  ")
    }
}
