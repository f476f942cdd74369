import Foundation
import ModelArts
import Testing

@testable import ModelArtsClient

/// The log reads against a scripted HTTP server: every reading of the order words and the cursor, 204,
/// the preview's two key names, numbers as cursors and invalid UTF-8.
@Suite("HTTP client: logs")
struct ClientLogsTests {
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"
    static let v2 = LogSource.v2(jobID: job, task: "worker-0")
    static let v1 = LogSource.v1(jobID: 10, versionID: 11, file: "log1.log")

    static func client(_ server: ScriptedHTTPServer, requestTimeout: Double = 15) throws -> ModelArtsHTTPClient {
        ModelArtsHTTPClient(
            configuration: try ClientTestKit.configuration(endpoint: server.endpoint, requestTimeout: requestTimeout))
    }

    /// Line n's cursor: beyond 2^64, so only exact strings compare right.
    static func cursor(_ n: Int) -> String { "99999999999999999999" + String(format: "%04d", n) }

    /// How a server reads the line-paged request.
    struct Reading: Sendable, CustomStringConvertible {
        var swapped = false
        var inclusive = false
        var newestFirst = false
        var numbers = false
        var description: String { "swapped \(swapped), inclusive \(inclusive), newest first \(newestFirst)" }
    }

    /// A log of `total` lines ("line n") served the way `reading` says, on both APIs.
    static func linesServer(total: Int = 100, _ reading: Reading) throws -> ScriptedHTTPServer {
        try ScriptedHTTPServer { r in
            guard r.path.hasSuffix("/logs/worker-0") || r.path.hasSuffix("/aom-log") else {
                return .json(404, #"{"error_code":"APIGW.0101","error_msg":"no route"}"#)
            }
            let lines = Int(r.query("lines") ?? "50") ?? 50
            let api: APIVersion = r.path.hasSuffix("/aom-log") ? .v1 : .v2
            var older = r.query("order") == LogOrderReading.documentedWord(api, .older)
            if reading.swapped { older.toggle() }
            var range: ClosedRange<Int>?
            if let base = r.query("base_line"), let c = Int(base.suffix(4)) {
                let low = older ? max(1, c - lines + (reading.inclusive ? 1 : 0)) : (reading.inclusive ? c : c + 1)
                let high = older ? (reading.inclusive ? c : c - 1) : min(total, low + lines - 1)
                range = low <= high ? low...high : nil
            } else {
                range = max(1, total - lines + 1)...total
            }
            guard let range else { return .json(200, #"{"content":"","lines":0}"#) }
            var text = range.map { "line \($0)" }
            var (start, end) = (cursor(range.lowerBound), cursor(range.upperBound))
            if reading.newestFirst {
                text.reverse()
                (start, end) = (end, start)
            }
            let content = text.joined(separator: "\\n") + "\\n"
            let s = reading.numbers ? start : "\"\(start)\"", e = reading.numbers ? end : "\"\(end)\""
            return .json(
                200,
                #"{"is_success":true,"start_line":\#(s),"end_line":\#(e),"lines":\#(range.count),"content":"\#(content)"}"#
            )
        }
    }

    @Test(
        "every reading of order, cursor inclusion and content order gives the asked lines, learnt once per API",
        arguments: [
            Reading(), Reading(swapped: true), Reading(inclusive: true), Reading(newestFirst: true),
            Reading(swapped: true, inclusive: true, newestFirst: true, numbers: true),
        ], [v2, v1])
    func readings(reading: Reading, source: LogSource) async throws {
        let server = try Self.linesServer(reading)
        defer { server.stop() }
        let client = try Self.client(server)
        let tail = try await client.logLines(LogLinesRequest(source: source, direction: .older, lines: 5))
        #expect(tail.text == (96...100).map { "line \($0)" }.joined(separator: "\n"))
        #expect(tail.firstLine == Self.cursor(96) && tail.lastLine == Self.cursor(100))
        let before = server.requests.count
        let older = try await client.logLines(
            LogLinesRequest(source: source, cursor: Self.cursor(96), direction: .older, lines: 3))
        let want = reading.inclusive ? [94, 95] : [93, 94, 95]
        #expect(older.text == want.map { "line \($0)" }.joined(separator: "\n"), "\(reading)")
        #expect(server.requests.count - before == (reading.swapped ? 2 : 1), "one re-send only when swapped")
        #expect(client.logOrderReading(source.api) == LogOrderReading(swapped: reading.swapped, confirmed: true))
        let sent = server.requests.count
        let newer = try await client.logLines(
            LogLinesRequest(source: source, cursor: Self.cursor(97), direction: .newer, lines: 10))
        #expect(newer.text == "line 98\nline 99\nline 100")
        #expect(server.requests.count == sent + 1, "the learnt reading is used at once")
        if case .v1(_, _, let file) = source {
            #expect(server.requests.allSatisfy { $0.query("log_file") == file })
        }
    }

    @Test("the preview reads content or context; 204 is 'logs not ready yet'")
    func preview() async throws {
        let server = try ScriptedHTTPServer { r in
            if r.path.contains("/tasks/worker-1/") { return .answer(status: 204, body: []) }
            if r.path.contains("/tasks/old/") {
                return .json(200, #"{"context":"old\nkey","current_size":7,"full_size":7}"#)
            }
            return .json(200, #"{"content":"new key","current_size":7,"full_size":70}"#)
        }
        defer { server.stop() }
        let client = try Self.client(server)
        let page = try await client.v2LogPreview(jobID: Self.job, task: "worker-0")
        #expect(page.text == "new key" && page.isTruncated)
        #expect(server.requests.last?.path.hasSuffix("/training-jobs/\(Self.job)/tasks/worker-0/logs/preview") == true)
        #expect(try await client.v2LogPreview(jobID: Self.job, task: "old").text == "old\nkey")
        let error = await ClientTestKit.failure { try await client.v2LogPreview(jobID: Self.job, task: "worker-1") }
        #expect(error?.isLogNotReady == true)
    }

    @Test("invalid UTF-8 and raw control bytes in the JSON string arrive as U+FFFD and as themselves")
    func invalidUTF8() async throws {
        let body = Array(#"{"content":"a"#.utf8) + [0xFF, 0xFE, 0x1B] + Array("[2J\tz".utf8) + Array(#""}"#.utf8)
        let server = try ScriptedHTTPServer { _ in .answer(status: 200, body: body) }
        defer { server.stop() }
        let page = try await Self.client(server).v2LogPreview(jobID: Self.job, task: "worker-0")
        #expect(page.text == "a\u{FFFD}\u{FFFD}\u{1B}[2J\tz")
    }

    @Test("v1 file names, and aom-log's is_success false as an error with its code")
    func v1Calls() async throws {
        let server = try ScriptedHTTPServer { r in
            if r.path.hasSuffix("/log/file-names") {
                return .json(200, #"{"is_success":true,"log_file_list":["a.0","a.1"]}"#)
            }
            return .json(200, #"{"is_success":false,"error_code":"ModelArts.0105","error_message":"Error string"}"#)
        }
        defer { server.stop() }
        let client = try Self.client(server)
        #expect(try await client.v1LogFileNames(jobID: 10, versionID: 11) == ["a.0", "a.1"])
        #expect(server.requests.first?.path.hasSuffix("/training-jobs/10/versions/11/log/file-names") == true)
        let error = await ClientTestKit.failure { try await client.logLines(LogLinesRequest(source: Self.v1)) }
        #expect(error == .server(status: 200, code: "ModelArts.0105", message: "Error string"))
    }

    @Test("a log error code reads as its sentence: 400 2819 is 'logs expired'")
    func expired() async throws {
        let server = try ScriptedHTTPServer { _ in
            .json(400, #"{"error_code":"ModelArts.2819","error_msg":"LogFileHasCleared"}"#)
        }
        defer { server.stop() }
        let error = await ClientTestKit.failure {
            try await Self.client(server).v2LogPreview(jobID: Self.job, task: "worker-0")
        }
        #expect(error?.readableMessage.hasPrefix("logs expired") == true, "\(String(describing: error))")
        #expect(server.requests.count == 1, "a 400 is not retried")
    }
}
