import Testing
@testable import JobBrowser

@Suite("Selection and viewport maths")
struct SelectionTests {
    @Test("an empty selection stays at row 0 whatever happens")
    func empty() {
        var s = Selection(count: 0, visibleRows: 5)
        s.move(by: 3)
        s.select(7)
        s.scroll(by: 5)
        #expect(s.index == 0)
        #expect(s.offset == 0)
        #expect(s.isEmpty)
        #expect(s.visibleRange == 0..<0)
    }

    @Test("moving stops at the first and last row")
    func moveClamps() {
        var s = Selection(count: 4, visibleRows: 10)
        s.move(by: -1)
        #expect(s.index == 0)
        s.move(by: 10)
        #expect(s.index == 3)
        #expect(s.isAtLast)
    }

    @Test("the viewport follows the selection down and up")
    func viewportFollows() {
        var s = Selection(count: 20, visibleRows: 5)
        s.select(7)
        #expect(s.offset == 3)
        #expect(s.visibleRange == 3..<8)
        s.select(2)
        #expect(s.offset == 2)
    }

    @Test("scrolling a screen moves selection and viewport together and stops at the end")
    func scrollScreens() {
        var s = Selection(count: 12, visibleRows: 5)
        s.scroll(by: 5)
        #expect(s.index == 5)
        #expect(s.offset == 5)
        s.scroll(by: 5)
        #expect(s.index == 10)
        #expect(s.offset == 7)
        s.scroll(by: 5)
        #expect(s.index == 11)
        #expect(s.isAtLast)
    }

    @Test("a viewport smaller than the selection's distance keeps the selection visible")
    func shrinkViewport() {
        var s = Selection(count: 30, visibleRows: 20)
        s.select(18)
        #expect(s.offset == 0)
        s.setVisibleRows(5)
        #expect(s.index == 18)
        #expect(s.visibleRange.contains(18))
        #expect(s.offset == 14)
    }

    @Test("a growing viewport pulls the offset back so no blank rows show below the data")
    func growViewport() {
        var s = Selection(count: 10, visibleRows: 3)
        s.select(9)
        #expect(s.offset == 7)
        s.setVisibleRows(8)
        #expect(s.offset == 2)
        #expect(s.visibleRange == 2..<10)
    }

    @Test("a shorter page clamps the selection to its last row")
    func shorterPage() {
        var s = Selection(count: 10, visibleRows: 5)
        s.select(9)
        s.setCount(3)
        #expect(s.index == 2)
        #expect(s.offset == 0)
        s.setCount(0)
        #expect(s.index == 0)
    }
}
