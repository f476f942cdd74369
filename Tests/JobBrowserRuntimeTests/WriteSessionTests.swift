import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Sessions: stop and delete send exactly one request once confirmed, and none otherwise")
struct WriteSessionTests {
    /// A session whose writes are recorded (and answered with `answer`) instead of sent.
    static func session(
        api: APIVersion = .v1, answer: Result<JobActionOutcome, APIError> = .success(.accepted),
        readOnly: Bool = false
    ) throws -> (BrowserSession, () -> WriteRecordingAPI) {
        let box = Box()
        let session = try BrowserSession(
            jobs: 60, size: Size(width: 160, height: 40),
            configure: {
                $0.api = api
                $0.availableAPIs = [.v1, .v2]
                $0.readOnly = readOnly
            },
            wrap: { inner in
                let api = WriteRecordingAPI(inner, answer: answer)
                box.api = api
                return api
            })
        return (session, { box.api! })
    }

    final class Box: @unchecked Sendable { var api: WriteRecordingAPI? }

    /// The selected row's line.
    static func selected(_ session: BrowserSession) -> String {
        session.tableRows.first { $0.hasPrefix("›") } ?? ""
    }

    /// Moves down until the selected row shows `status`.
    static func select(_ status: String, in session: BrowserSession) async throws {
        for _ in 0..<60 {
            if selected(session).contains(" \(status) ") { return }
            try await session.press(.char("j"))
        }
        Issue.record("no \(status) row on screen:\n\(session.screen)")
    }

    /// What the open delete confirmation asks to be typed, read off the box.
    static func expected(_ session: BrowserSession) throws -> String {
        let screen = session.screen
        if let line = session.lines.first(where: { $0.contains(" (the end of its id) to delete:") }),
            let start = line.range(of: "Type "), let end = line.range(of: " (the end of its id)")
        {
            return String(line[start.upperBound..<end.lowerBound])
        }
        let line = try #require(session.lines.first { $0.contains("Delete ") && $0.contains("?") }, "\(screen)")
        let start = try #require(line.range(of: "Delete "))
        let rest = line[start.upperBound...]
        let end = try #require(rest.range(of: " and all its versions?") ?? rest.range(of: "?"))
        return String(rest[..<end.lowerBound])
    }

    @Test("Ctrl-K then y sends one stop; the row says Stopping at once; the job is polled, the stop never resent")
    func stopOnce() async throws {
        let (session, api) = try Self.session()
        try await session.settle()
        try await Self.select("Running", in: session)
        try await session.press(.ctrl("k"))
        #expect(session.screen.contains("Stop "))
        #expect(session.screen.contains("y stops it; any other key cancels"))
        #expect(api().actions.isEmpty)
        try await session.press(.char("y"))
        #expect(api().actions.count == 1)
        #expect(api().actions.first.map { if case .stopV1 = $0 { true } else { false } } == true)
        #expect(Self.selected(session).contains("Stopping"))
        let reads = api().jobReads
        try await session.advance(by: .milliseconds(1_900))
        #expect(api().jobReads == reads)
        try await session.advance(by: .milliseconds(200))
        #expect(api().jobReads == reads + 1)
        try await session.advance(by: .seconds(20))
        #expect(api().actions.count == 1)
    }

    @Test("Enter, Esc and another key after Ctrl-K send nothing", arguments: [Key.enter, .escape, .char("n")])
    func stopCancelled(key: Key) async throws {
        let (session, api) = try Self.session()
        try await session.settle()
        try await Self.select("Running", in: session)
        try await session.press(.ctrl("k"))
        try await session.press(key)
        #expect(session.screen.contains("stop cancelled: nothing was sent"))
        try await session.advance(by: .seconds(10))
        #expect(api().actions.isEmpty)
        #expect(!Self.selected(session).contains("Stopping"))
    }

    @Test("a v2 delete goes out once, after the name is typed and Enter pressed; the row leaves the table")
    func deleteOnce() async throws {
        let (session, api) = try Self.session(api: .v2)
        try await session.settle()
        let row = Self.selected(session)
        try await session.press(.ctrl("d"))
        let expected = try Self.expected(session)
        try await session.type(String(expected.dropLast()))
        #expect(api().actions.isEmpty)
        try await session.type(String(expected.suffix(1)))
        #expect(api().actions.isEmpty)
        try await session.press(.enter)
        #expect(api().actions.count == 1)
        #expect(api().actions.first.map(\.isDelete) == true)
        #expect(!session.tableRows.contains(row))
        #expect(session.screen.contains("deleted "))
    }

    @Test("a wrong name, Esc and an empty Enter send no delete")
    func deleteCancelled() async throws {
        let (session, api) = try Self.session(api: .v2)
        try await session.settle()
        try await session.press(.ctrl("d"))
        try await session.type("not-the-name")
        try await session.press(.enter)
        #expect(session.screen.contains("delete cancelled"))
        try await session.press(.ctrl("d"))
        try await session.press(.escape)
        try await session.press(.ctrl("d"))
        try await session.press(.enter)
        try await session.advance(by: .seconds(10))
        #expect(api().actions.isEmpty)
        // Where writes are allowed, the hint bar and the help name the keys.
        #expect(session.lines.last?.contains("Ctrl-K stop") == true)
        try await session.press(.char("?"))
        #expect(session.screen.contains("Ctrl-K"))
        #expect(session.screen.contains("Ctrl-D"))
    }

    @Test("a failed stop shows one line, changes nothing else and is not sent again")
    func failedStop() async throws {
        let refused = APIError.server(
            status: 409, code: "ModelArts.2796", message: "The training job cannot be stopped now.")
        let (session, api) = try Self.session(answer: .failure(refused))
        try await session.settle()
        try await Self.select("Running", in: session)
        let rows = session.tableRows
        try await session.press(.ctrl("k"), .char("y"))
        #expect(session.lines.filter { $0.contains("ModelArts.2796") }.count == 1)
        #expect(session.tableRows == rows)
        try await session.advance(by: .seconds(30))
        #expect(api().actions.count == 1)
    }

    @Test("read-only: Ctrl-K and Ctrl-D say so and send nothing; the hint bar and help leave them out")
    func readOnly() async throws {
        let (session, api) = try Self.session(readOnly: true)
        try await session.settle()
        #expect(session.lines.last?.contains("help") == true)
        #expect(session.lines.last?.contains("stop") == false)
        try await Self.select("Running", in: session)
        try await session.press(.ctrl("k"))
        #expect(session.screen.contains("read-only: writes are refused"))
        try await session.press(.char("y"))
        try await session.press(.ctrl("d"))
        #expect(session.screen.contains("read-only: writes are refused"))
        try await session.press(.char("y"), .enter)
        #expect(api().actions.isEmpty)
        try await session.press(.escape, .char("?"))
        #expect(!session.screen.contains("Ctrl-K"))
        #expect(!session.screen.contains("Ctrl-D"))
    }
}
