import Foundation
import ModelArts
import ModelArtsEmulator
import Testing

@testable import ModelArtsClient

/// The HTTP client reading logs from the real emulator over a socket, under every reading of the order
/// words and the cursor line the emulator can serve (contract §12 U13): paging older and back newer gives
/// the same lines, with no line twice and none skipped, whichever reading the server has.
@Suite("HTTP client: logs against the emulator, each reading")
struct ClientLogsEmulatorTests {
    static let readings: [(ServedLogOrder, ServedLogCursor)] = ServedLogOrder.allCases.flatMap { order in
        ServedLogCursor.allCases.map { (order, $0) }
    }

    static func withServer<T>(
        _ order: ServedLogOrder, _ cursor: ServedLogCursor, _ body: (EmulatorServer) async throws -> T
    ) async throws -> T {
        try await ClientTestKit.withEmulator(
            adjust: {
                $0.logOrder = order
                $0.logCursor = cursor
            }, body)
    }

    /// The newest finished v2 job's worker-0 log, and the newest finished v1 job's first log file.
    static func finishedLogs(_ client: ModelArtsHTTPClient) async throws -> [LogSource] {
        let v2 = try await client.listV2Jobs(V2ListQuery(limit: 5, phases: ["Completed"]))
        let v2Job = try #require(v2.jobs.first)
        guard case .uuid(let uuid) = v2Job.id else { throw APIError.invalidRequest("not a v2 id") }
        let v1 = try await client.listJobs(JobListQuery(status: 10, perPage: 5, sortBy: .created, order: .desc))
        let v1Job = try #require(v1.jobs.first)
        guard case .number(let number) = v1Job.id else { throw APIError.invalidRequest("not a v1 id") }
        let file = try #require(try await client.v1LogFileNames(jobID: number, versionID: v1Job.versionID).first)
        return [.v2(jobID: uuid, task: "worker-0"), .v1(jobID: number, versionID: v1Job.versionID, file: file)]
    }

    static func lines(_ page: LogPage) -> [Substring] {
        page.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test(
        "newest, then older and newer from its first line: contiguous lines under every reading",
        arguments: readings)
    func pagingBothWays(order: ServedLogOrder, cursor: ServedLogCursor) async throws {
        try await Self.withServer(order, cursor) { server in
            let client = try ClientTestKit.client(for: server)
            for source in try await Self.finishedLogs(client) {
                let newest = try await client.logLines(LogLinesRequest(source: source, lines: 40))
                #expect(Self.lines(newest).count == 40, "\(source) \(order) \(cursor)")
                let older = try await client.logLines(
                    LogLinesRequest(source: source, cursor: newest.firstLine, direction: .older, lines: 40))
                // A server that includes the cursor's line sends one line the client drops: 39 new lines.
                let expected = cursor == .inclusive ? 39 : 40
                #expect(Self.lines(older).count == expected, "\(source) \(order) \(cursor)")
                #expect(older.lastLine != newest.firstLine, "the cursor's own line is never returned again")
                // Newer from the newest page's first line: the rest of that page, under either reading.
                let back = try await client.logLines(
                    LogLinesRequest(source: source, cursor: newest.firstLine, direction: .newer, lines: 40))
                #expect(
                    Self.lines(back) == Array(Self.lines(newest).dropFirst()),
                    "\(source) \(order) \(cursor): newer from a cursor gives the lines after it")
                if case .v2(let id, let task) = source {
                    let preview = try await client.v2LogPreview(jobID: id, task: task)
                    let joined = Self.lines(older) + Self.lines(newest)
                    let tail = Self.lines(LogPage(text: preview.text)).suffix(joined.count)
                    #expect(Array(tail) == joined, "no line twice, none skipped: as the preview has them")
                }
            }
        }
    }
}
