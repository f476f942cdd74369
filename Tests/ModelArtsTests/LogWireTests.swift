import Foundation
import Testing

@testable import ModelArts

@Suite("log wire: paths, queries and the preview, line and file-name decoders")
struct LogWireTests {
    static let project = "0123456789abcdef0123456789abcdef"
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    static func data(_ text: String) -> Data { Data(text.utf8) }

    @Test("the four log paths are the contract's, the v2 task percent-encoded")
    func paths() {
        #expect(
            LogWire.previewPath(projectID: Self.project, jobID: Self.job, task: "worker-0")
                == "/v2/\(Self.project)/training-jobs/\(Self.job)/tasks/worker-0/logs/preview")
        #expect(
            LogWire.v2LinesPath(projectID: Self.project, jobID: Self.job, task: "a b")
                == "/v2/\(Self.project)/training-jobs/\(Self.job)/logs/a%20b")
        #expect(
            LogWire.v1FileNamesPath(projectID: Self.project, jobID: 10, versionID: 11)
                == "/v1/\(Self.project)/training-jobs/10/versions/11/log/file-names")
        #expect(
            LogWire.linesPath(.v1(jobID: 10, versionID: 11, file: "x"), projectID: Self.project)
                == "/v1/\(Self.project)/training-jobs/10/versions/11/aom-log")
    }

    @Test("a v1 query names the file first; base_line only with a cursor; lines clamped to 1…500")
    func queries() {
        let v1 = LogLinesRequest(source: .v1(jobID: 1, versionID: 2, file: "log1.log"), cursor: "155", lines: 900)
        #expect(
            LogWire.linesQuery(v1, order: "asc").map { "\($0.0)=\($0.1)" }
                == ["log_file=log1.log", "base_line=155", "lines=500", "order=asc"])
        let v2 = LogLinesRequest(source: .v2(jobID: Self.job, task: "worker-0"), lines: 0)
        #expect(LogWire.linesQuery(v2, order: "desc").map { "\($0.0)=\($0.1)" } == ["lines=1", "order=desc"])
    }

    @Test("the preview reads content, or context (its old name), with both sizes; a final newline is not a line")
    func preview() throws {
        let page = try LogWire.decodePreview(Self.data(#"{"content":"a\nb\n","current_size":4,"full_size":9}"#))
        #expect(page.text == "a\nb" && page.lineCount == 2 && page.isTruncated)
        let old = try LogWire.decodePreview(Self.data(#"{"context":"old name","current_size":8,"full_size":8}"#))
        #expect(old.text == "old name" && !old.isTruncated)
        #expect(throws: APIError.malformedBody(status: 200, detail: "no content in the log preview")) {
            try LogWire.decodePreview(Self.data(#"{"other":1}"#))
        }
    }

    @Test("204 and an empty body are 'logs not ready yet'", arguments: [(204, ""), (200, ""), (200, " \n")])
    func notReady(status: Int, body: String) {
        do {
            _ = try LogWire.decodePreview(Self.data(body), status: status)
            Issue.record("decoded")
        } catch {
            #expect(error.isLogNotReady)
            #expect(error.readableMessage.hasPrefix("logs not ready yet"))
        }
        #expect((try? LogWire.decodeLines(Self.data(body), status: status)) == nil)
    }

    @Test("cursors beyond 2^53 keep every digit whether sent as numbers or strings; lines may be a string")
    func bigCursors() throws {
        let body =
            #"{"is_success":true,"start_line":1551252759254000002,"content":"Log string","#
            + #""end_line":"1551252759254000003","lines":"1"}"#
        let answer = try LogWire.decodeLines(Self.data(body))
        #expect(answer.startLine == "1551252759254000002")
        #expect(answer.endLine == "1551252759254000003")
        #expect(answer.lines == 1 && answer.content == "Log string")
        let huge = try LogWire.decodeLines(Self.data(#"{"start_line": 123456789012345678901234 ,"content":"x"}"#))
        #expect(huge.startLine == "123456789012345678901234")
    }

    @Test("a nested number of the same name is not taken for the top-level cursor")
    func nestedNumbers() throws {
        let body = #"{"meta":{"start_line":5},"start_line":"7","end_line":8,"content":"x","s":"start_line:9"}"#
        let answer = try LogWire.decodeLines(Self.data(body))
        #expect(answer.startLine == "7" && answer.endLine == "8")
    }

    @Test("v1 is_success false is the error it carries, code and message")
    func v1Failure() {
        let body = #"{"is_success": false, "error_message": "Error string", "error_code": "ModelArts.0105"}"#
        #expect(throws: APIError.server(status: 200, code: "ModelArts.0105", message: "Error string")) {
            try LogWire.decodeLines(Self.data(body))
        }
        #expect(throws: APIError.server(status: 200, code: "ModelArts.0105", message: "Error string")) {
            try LogWire.decodeFileNames(Self.data(body))
        }
    }

    @Test("file names come as a list, or as one string")
    func fileNames() throws {
        #expect(
            try LogWire.decodeFileNames(Self.data(#"{"is_success":true,"log_file_list":["a.0","b.1"]}"#)) == [
                "a.0", "b.1",
            ])
        #expect(try LogWire.decodeFileNames(Self.data(#"{"log_file_list":"teseJob.0"}"#)) == ["teseJob.0"])
    }

    @Test("invalid UTF-8 becomes U+FFFD and raw control bytes in a string are escaped, before parsing")
    func repair() throws {
        var bytes = Array(#"{"content":"ok "#.utf8)
        bytes += [0xFF, 0xC3, 0x20, 0x1B] + Array("[31mred\r\tx".utf8) + [0x0A] + Array(#"y","lines":2}"#.utf8)
        let answer = try LogWire.decodeLines(Data(bytes))
        #expect(answer.content == "ok \u{FFFD}\u{FFFD} \u{1B}[31mred\r\tx\ny")
        let preview = try LogWire.decodePreview(
            Data(Array(#"{"content":"a"#.utf8) + [0xE2, 0x82] + Array(#""}"#.utf8)))
        #expect(preview.text == "a\u{FFFD}")
    }
}
