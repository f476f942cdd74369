import JobBrowser
import JobBrowserRuntime
import MajobsSettings
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Sessions: refresh failures, profiles and quitting")
struct LifecycleSessionTests {
    @Test("a failed refresh keeps the rows on screen and says why in one line")
    func refreshFailure() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        let rows = session.tableRows
        #expect(!rows.isEmpty)
        let before = session.queries.count
        session.api.setFailure(.server(status: 503, code: "ModelArts.0001", message: "Service temporarily unavailable"))
        try await session.press(.char("r"))
        #expect(session.queries.count == before + 1)
        #expect(session.tableRows == rows)
        let errorLines = session.lines.filter { $0.contains("HTTP 503 ModelArts.0001") }
        #expect(errorLines.count == 1)
    }

    @Test("auto-refresh asks for the page on screen again when the clock passes its interval, not before")
    func autoRefresh() async throws {
        let session = try BrowserSession(jobs: 60) { $0.autoRefreshMS = 10_000 }
        try await session.settle()
        let before = session.queries.count
        try await session.advance(by: .milliseconds(9_900))
        #expect(session.queries.count == before)
        try await session.advance(by: .milliseconds(200))
        #expect(session.queries.count == before + 1)
        #expect(session.queries.last?.page == 1)
    }

    @Test("q quits with status 0 and saves the view as left")
    func quit() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        try await session.press(.char("N"))
        try await session.press(.char("q"))
        #expect(session.exitCode == 0)
        let last = try #require(session.saved.last)
        #expect(last.sortField == .name)
    }

    @Test("Ctrl-C quits with status 130, and the view is saved too")
    func interrupt() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        try await session.press(.char("D"))
        try await session.press(.ctrl("c"))
        #expect(session.exitCode == 130)
        let last = try #require(session.saved.last)
        #expect(last.sortField == .duration)
    }

    @Test("a closed terminal ends the session with status 129")
    func hangUp() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        session.terminal.closeInput()
        try await session.settle()
        #expect(session.exitCode == 129)
    }

    @Test("switching profile loads the other profile's jobs through its own client")
    func profileSwitch() async throws {
        let other = EmulatorJobsAPI(jobs: 7, seed: 7)
        let hooks = RuntimeHooks(connectProfile: { name in
            ProfileConnection(api: other, info: ProfileSwitch(profile: name, sourceLabel: "lab endpoint"))
        })
        let session = try BrowserSession(
            jobs: 60,
            configure: { config in
                config.profiles = [ProfileEntry(name: "lab"), ProfileEntry(name: "work")]
                config.profileName = "work"
            }, hooks: hooks)
        try await session.settle()
        #expect(session.screen.contains("60 jobs"))
        let before = session.queries.count
        try await session.press(.char("P"))
        #expect(session.screen.contains("Switch profile"))
        try await session.press(.char("k"), .enter)
        #expect(session.screen.contains("lab endpoint"))
        #expect(session.screen.contains("7 jobs"))
        #expect(other.listQueries.count == 1)
        #expect(session.tableRows.count == 7)
        try await session.press(.char("r"))
        #expect(other.listQueries.count == 2)
        #expect(session.queries.count == before)
    }
}
