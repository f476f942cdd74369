import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Sessions: search and paging")
struct SearchAndPagingSessionTests {
    /// The table's job names on screen (the first word of each row).
    static func names(_ session: BrowserSession) -> [String] {
        session.tableRows.map { String($0.dropFirst().prefix { $0 != " " }) }
    }

    /// The table's job ids on screen (the last word of each row).
    static func ids(_ session: BrowserSession) -> [String] {
        session.tableRows.compactMap { $0.split(separator: " ").last.map(String.init) }
    }

    @Test("the first page (200 jobs) holds the whole 60-job list: one request, the count and the row show")
    func firstPage() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        #expect(session.queries.map(\.page) == [1])
        #expect(session.queries.map(\.perPage) == [FetchRequest.v1BrowsingPageSize])
        #expect(session.screen.contains("60 jobs"))
        #expect(session.screen.contains("row 1/60"))
        #expect(Self.names(session).count == 35)
    }

    @Test("typing a search sends one request once the typing settles, for the whole text")
    func debounce() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        try await session.press(.char("/"))
        try await session.type("bert")
        #expect(session.searches.isEmpty)
        try await session.advance(by: .milliseconds(249))
        #expect(session.searches.isEmpty)
        try await session.advance(by: .milliseconds(1))
        #expect(session.searches == ["bert"])
        let names = Self.names(session)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.contains("bert") })
    }

    @Test("a search answered after a newer one is never drawn")
    func staleSearchNotDrawn() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        session.api.hold(true)
        try await session.press(.char("/"))
        try await session.type("bert")
        try await session.advance(by: .milliseconds(250))
        try await session.type("-zz")
        try await session.advance(by: .milliseconds(250))
        #expect(session.api.heldQueries.map(\.searchContent) == ["bert", "bert-zz"])
        session.api.release { $0.searchContent == "bert-zz" }
        try await session.settle()
        #expect(Self.names(session).isEmpty)
        session.api.release()
        try await session.settle()
        #expect(Self.names(session).isEmpty, "the older answer for 'bert' was drawn")
        #expect(session.searches == ["bert", "bert-zz"])
    }

    @Test("] and [ move a screen at a time over the whole list; each page is asked for once")
    func paging() async throws {
        let session = try BrowserSession(jobs: 60) { $0.perPage = 25 }
        try await session.settle()
        let first = Self.ids(session)
        #expect(session.screen.contains("row 1/60"))
        #expect(session.screen.contains("jobs 1–35 of 60"))
        #expect(first.count == 35)
        try await session.press(.char("]"))
        #expect(session.screen.contains("row 36/60"))
        let second = Self.ids(session)
        #expect(second.count == 35)
        #expect(Set(first + second).count == 60)
        try await session.press(.char("]"))
        #expect(session.screen.contains("row 60/60"))
        try await session.press(.char("["))
        #expect(session.screen.contains("row 25/60"))
        #expect(Self.ids(session) == first)
        #expect(session.queries.map(\.page).sorted() == [1, 2, 3])
    }

    @Test("holding j through 2,000 jobs never shows a loading row when the server answers promptly")
    func heldDownJ() async throws {
        let session = try BrowserSession(jobs: 2_100)
        try await session.settle()
        session.terminal.watch(for: "loading…")
        // Key repeat outruns one frame: the keys come three to a turn of the loop, the answers in between.
        for _ in 0..<667 { try await session.press(.char("j"), .char("j"), .char("j")) }
        #expect(session.screen.contains("row 2002/2100"))
        #expect(session.terminal.presentedFrames > 600)
        #expect(session.terminal.framesShowingWatchedText == 0)
        // Each page once: prefetching asks ahead, never again.
        let pages = session.queries.map(\.page)
        #expect(pages.sorted() == Array(1...11))
    }
}
