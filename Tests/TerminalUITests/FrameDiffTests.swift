import Testing
import TerminalUI

@Suite("FrameDiff")
struct FrameDiffTests {
    static func frame(_ rows: [String], width: Int, role: StyleRole = .normal) -> ScreenBuffer {
        var b = ScreenBuffer(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { b.put(row, x: 0, y: y, role: role) }
        return b
    }

    @Test("the first frame draws every cell except continuations")
    func firstFrame() {
        let b = Self.frame(["ab", "训"], width: 2)
        let updates = FrameDiff.updates(from: nil, to: b)
        #expect(updates.map { "\($0.x),\($0.y):\($0.grapheme)/\($0.width)" } == ["0,0:a/1", "1,0:b/1", "0,1:训/2"])
    }

    @Test("an identical frame draws nothing")
    func identical() {
        let b = Self.frame(["hello", "名字 x"], width: 6)
        #expect(FrameDiff.updates(from: b, to: b).isEmpty)
    }

    @Test("moving the selection by one row redraws only the two rows' cells")
    func selectionMove() {
        var old = Self.frame(["row0", "row1", "row2", "row3"], width: 4)
        old.restyle(x: 0, y: 1, width: 4, role: .selectedRow)
        var new = Self.frame(["row0", "row1", "row2", "row3"], width: 4)
        new.restyle(x: 0, y: 2, width: 4, role: .selectedRow)
        let updates = FrameDiff.updates(from: old, to: new)
        #expect(updates.count == 8)
        #expect(Set(updates.map(\.y)) == [1, 2])
        #expect(updates.filter { $0.y == 2 }.allSatisfy { $0.role == .selectedRow })
    }

    @Test("a size change redraws everything")
    func resize() {
        let old = Self.frame(["ab"], width: 2)
        let new = Self.frame(["ab", "cd"], width: 2)
        #expect(FrameDiff.updates(from: old, to: new).count == 4)
    }

    @Test("replacing a wide grapheme with two narrow ones draws both cells")
    func wideToNarrow() {
        let old = Self.frame(["训x"], width: 3)
        let new = Self.frame(["abx"], width: 3)
        let updates = FrameDiff.updates(from: old, to: new)
        #expect(updates.map(\.x) == [0, 1])
        #expect(updates.map(\.grapheme) == ["a", "b"])
    }

    @Test("replacing narrow cells with a wide grapheme draws it once, two cells wide")
    func narrowToWide() {
        let old = Self.frame(["abx"], width: 3)
        let new = Self.frame(["训x"], width: 3)
        let updates = FrameDiff.updates(from: old, to: new)
        #expect(updates == [CellUpdate(x: 0, y: 0, grapheme: "训", role: .normal, width: 2)])
    }

    @Test("a wide grapheme without its continuation and an orphan continuation draw as blanks")
    func brokenPairs() {
        var b = ScreenBuffer(width: 4, height: 1)
        b[0, 0] = Cell("训")  // no continuation after it
        b[2, 0] = Cell(" ", isContinuation: true)  // after a narrow cell
        b[3, 0] = Cell("名")  // at the right edge
        let updates = FrameDiff.updates(from: nil, to: b)
        #expect(updates.count == 4)
        #expect(updates.allSatisfy { $0.width == 1 && $0.grapheme == " " })
    }

    @Test("a control character that reached a cell is drawn as a blank")
    func controlInCell() {
        var b = ScreenBuffer(width: 2, height: 1)
        b[0, 0] = Cell("\u{1B}")
        b[1, 0] = Cell("\u{9B}")
        #expect(FrameDiff.updates(from: nil, to: b).allSatisfy { $0.grapheme == " " })
    }

    @Test("cell scalars keep the base and combining marks, nothing that would spill")
    func cellScalars() {
        #expect(FrameDiff.cellScalars("a") == ["a"])
        #expect(FrameDiff.cellScalars("e\u{0301}") == ["e", "\u{0301}"])
        #expect(FrameDiff.cellScalars("a\u{0300}\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}").count == 5)
        #expect(FrameDiff.cellScalars("🇯🇵") == ["\u{1F1EF}"])
        let family = FrameDiff.cellScalars("👨‍👩‍👧")
        #expect(family.first == "\u{1F468}")
        #expect(family.dropFirst().allSatisfy { DisplayWidth.of($0) == 0 })
        #expect(FrameDiff.cellScalars("\u{1B}") == [" "])
    }
}
