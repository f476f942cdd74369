import Foundation
import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Sessions: the log view")
struct LogSessionTests {
    /// A v1 session whose every log is `count` numbered lines, served by a `LogServingAPI`.
    static func session(count: Int = 2_000, v2: Bool = false) throws -> (BrowserSession, LogServingAPI) {
        let holder = Holder()
        let session = try BrowserSession(
            jobs: 30, size: Size(width: 100, height: 30),
            configure: { config in
                if v2 {
                    config.api = .v2
                    config.availableAPIs = [.v2, .v1]
                }
            },
            wrap: { base in
                let api = LogServingAPI(base: base, previewBytes: 3_000)
                api.setLog((1...count).map { "line \($0)" })
                holder.api = api
                return api
            })
        return (session, try #require(holder.api))
    }

    final class Holder: @unchecked Sendable { var api: LogServingAPI? }

    @Test("l opens the tail at once; scrolling above the top fetches older lines on demand")
    func openAndPageUp() async throws {
        let (session, api) = try Self.session()
        try await session.settle()
        try await session.press(.char("l"))
        #expect(session.screen.contains("line 2000"))
        #expect(session.screen.contains("of 500"))
        #expect(api.requests == ["files", "lines - older"])
        try await session.press(.char("g"))
        #expect(api.requests.last == "lines 1501 older")
        #expect(session.screen.contains("of 1000"))
        try await session.press(.escape)
        #expect(session.screen.contains("STATUS"))
    }

    @Test("follow appends what the log gains every 2 s, pauses on k, and G resumes it")
    func follow() async throws {
        let (session, api) = try Self.session(count: 50)
        try await session.settle()
        try await session.press(.char("l"))
        try await session.press(.char("f"))
        guard session.screen.contains("following") else {
            // The selected job has ended: follow refuses and says why.
            #expect(session.screen.contains("nothing to follow"))
            return
        }
        api.append(["line 51", "line 52"])
        try await session.advance(by: .seconds(2))
        #expect(session.screen.contains("line 52"))
        try await session.press(.char("k"))
        #expect(session.screen.contains("follow paused"))
        api.append(["line 53"])
        try await session.advance(by: .seconds(4))
        #expect(!session.screen.contains("line 53"))
        try await session.press(.char("G"))
        #expect(session.screen.contains("line 53"))
        #expect(session.screen.contains("following"))
    }

    @Test("a failing log shows one line and the table is still there after Esc")
    func failure() async throws {
        let (session, api) = try Self.session()
        try await session.settle()
        api.failLogs(.server(status: 400, code: "ModelArts.2819", message: "expired"))
        try await session.press(.char("l"))
        #expect(session.screen.contains("the log has expired"))
        try await session.press(.escape)
        #expect(session.tableRows.count > 5)
    }

    @Test("on v2 a truncated preview is drawn at once and walking back finds the older lines")
    func v2Preview() async throws {
        let (session, api) = try Self.session(count: 2_000, v2: true)
        try await session.settle()
        try await session.press(.char("l"))
        if session.screen.contains("Which task") { try await session.press(.enter) }
        #expect(session.screen.contains("line 2000"))
        #expect(session.screen.contains("last 3 KB of 19 KB"))
        #expect(api.requests.first == "preview")
        try await session.press(.char("g"))
        #expect(api.requests.last == "lines - older")  // the walk starts at the newest page
        #expect(!session.screen.contains("last 3 KB"))
        try await session.press(.char("g"))
        #expect(api.requests.last == "lines 1501 older")
        #expect(session.lines[3].hasPrefix("line 1501 "))  // the view stays on the lines it showed
        try await session.press(.char("g"))
        #expect(session.lines[3].hasPrefix("line 1001 "))
    }

    @Test("Ctrl-S writes the fetched lines to a private file and shows its path")
    func save() async throws {
        let (session, _) = try Self.session(count: 20)
        try await session.settle()
        try await session.press(.char("l"))
        try await session.press(.ctrl("s"))
        let name = try #require(try session.exportedFiles().first { $0.hasSuffix(".log") })
        let path = session.exportDirectory + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("line 1\n") && text.hasSuffix("line 20\n"))
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(session.screen.contains("saved 20 lines"))
    }
}
