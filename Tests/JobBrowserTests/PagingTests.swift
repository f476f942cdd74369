import Testing
@testable import JobBrowser

@Suite("Paging maths")
struct PagingTests {
    @Test("an unknown total has no page count and no next page")
    func unknownTotal() {
        let p = Paging(page: 1, perPage: 10)
        #expect(p.pageCount == nil)
        #expect(!p.hasNext)
        #expect(!p.hasPrevious)
    }

    @Test("an empty list is one empty page")
    func emptyList() {
        let p = Paging(page: 1, perPage: 10, total: 0)
        #expect(p.pageCount == 1)
        #expect(!p.hasNext)
        #expect(p.expectedRowsOnPage == 0)
    }

    @Test(
        "a total that divides evenly has no extra empty page",
        arguments: [(20, 10, 2), (21, 10, 3), (10, 10, 1), (1, 10, 1)])
    func evenTotals(total: Int, perPage: Int, pages: Int) {
        let p = Paging(page: 1, perPage: perPage, total: total)
        #expect(p.pageCount == pages)
    }

    @Test("the last page holds the remainder and has no next page")
    func lastPage() {
        let p = Paging(page: 3, perPage: 10, total: 25)
        #expect(!p.hasNext)
        #expect(p.hasPrevious)
        #expect(p.expectedRowsOnPage == 5)
        #expect(p.firstItemNumber == 21)
    }

    @Test("clamping keeps pages within 1 and the page count")
    func clamping() {
        let p = Paging(page: 2, perPage: 10, total: 25)
        #expect(p.clamped(0) == 1)
        #expect(p.clamped(-5) == 1)
        #expect(p.clamped(4) == 3)
        #expect(p.clamped(3) == 3)
    }

    @Test("page size and page are forced into the API's ranges")
    func ranges() {
        #expect(Paging(page: 0, perPage: 0).perPage == 1)
        #expect(Paging(page: 0, perPage: 5000).perPage == 1000)
        #expect(Paging(page: 0, perPage: 5).page == 1)
        #expect(Paging(page: 1, perPage: 1, total: 10_000_000).pageCount == Paging.maxPage)
    }
}
