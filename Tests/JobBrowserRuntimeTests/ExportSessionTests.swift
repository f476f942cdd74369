import Foundation
import JobBrowser
import JobPresentation
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Sessions: exporting the view")
struct ExportSessionTests {
    /// The text of the one exported file, by its full name.
    static func read(_ name: String, in session: BrowserSession) throws -> String {
        try String(contentsOfFile: session.exportDirectory + "/" + name, encoding: .utf8)
    }

    @Test("an export writes a hidden .partial file first and gives it the real name only when complete")
    func partialThenRename() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        session.api.hold(true)
        try await session.press(.ctrl("s"), .char("c"))
        let during = try session.exportedFiles()
        #expect(during.count == 1)
        let partial = try #require(during.first)
        #expect(partial.hasPrefix(".majobs-export-") && partial.hasSuffix(".csv.partial"))
        session.api.release()
        try await session.settle()
        let after = try session.exportedFiles()
        #expect(after == [String(partial.dropFirst().dropLast(".partial".count))])
        let csv = try Self.read(try #require(after.first), in: session)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 61)
        #expect(session.screen.contains("exported 60 job"))
    }

    @Test("Esc during an export cancels it and removes the partial file")
    func cancel() async throws {
        let session = try BrowserSession(jobs: 60)
        try await session.settle()
        session.api.hold(true)
        try await session.press(.ctrl("s"), .char("j"))
        #expect(try session.exportedFiles().count == 1)
        try await session.press(.escape)
        #expect(try session.exportedFiles().isEmpty)
        #expect(session.screen.contains("export cancelled"))
    }

    @Test("an export of 2,500 jobs writes all 2,500, each once, across three 1,000-job requests")
    func largeExport() async throws {
        // Wide enough for `row 1/2500`, the count and the session's long temporary path on one line.
        let session = try BrowserSession(jobs: 2500, size: Size(width: 140, height: 40))
        try await session.settle()
        try await session.press(.ctrl("s"), .char("j"))
        let name = try #require(try session.exportedFiles().first)
        #expect(name.hasSuffix(".json"))
        let data = Data(try Self.read(name, in: session).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let jobs = try #require(object["jobs"] as? [[String: Any]])
        let ids = Set(jobs.compactMap { $0["job_id"].map { "\($0)" } })
        #expect(jobs.count == 2500)
        #expect(ids.count == 2500)
        #expect(session.queries.filter { $0.perPage == 1000 }.map(\.page) == [1, 2, 3])
        #expect(session.screen.contains("exported 2500 "))
    }

    @Test("a CSV export of 2,500 jobs has 2,500 unique rows")
    func largeCSVExport() async throws {
        let session = try BrowserSession(jobs: 2500)
        try await session.settle()
        try await session.press(.ctrl("s"), .char("c"))
        let name = try #require(try session.exportedFiles().first)
        let rows = try Self.read(name, in: session).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == JobCSV.headerLine.trimmingCharacters(in: .newlines))
        let ids = rows.dropFirst().map { $0.prefix { $0 != "," } }
        #expect(ids.count == 2500)
        #expect(Set(ids).count == 2500)
    }
}
