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

    @Test("the first page loads, then the next one is prefetched, and the page count shows")
    func firstPage() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        #expect(session.queries.map(\.page) == [1, 2])
        #expect(session.screen.contains("page 1/"))
        #expect(!Self.names(session).isEmpty)
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

    @Test("] and [ page through the list, one request per new page")
    func paging() async throws {
        let session = try BrowserSession(jobs: 60) { $0.perPage = 25 }
        try await session.settle()
        let first = Self.ids(session)
        #expect(session.screen.contains("page 1/3"))
        #expect(first.count == 25)
        try await session.press(.char("]"))
        #expect(session.screen.contains("page 2/3"))
        let second = Self.ids(session)
        #expect(second.count == 25)
        #expect(Set(second).isDisjoint(with: first))
        try await session.press(.char("]"))
        #expect(session.screen.contains("page 3/3"))
        #expect(Self.ids(session).count == 10)
        #expect(Set(first + second + Self.ids(session)).count == 60)
        #expect(session.queries.map(\.page) == [1, 2, 3])
        try await session.press(.char("["))
        #expect(session.screen.contains("page 2/3"))
        #expect(Self.ids(session) == second)
    }
}
