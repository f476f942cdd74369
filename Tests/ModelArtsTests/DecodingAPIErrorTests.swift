import Foundation
import Testing
@testable import ModelArts

/// `APIError.message`: one line for every case, whatever the server sent, and the right hint.
@Suite("APIError messages")
struct DecodingAPIErrorTests {
    static let hostile =
        "line one\nline two\r\n\tindented \u{1B}[31mred\u{1B}[0m \u{202E}evil\u{2028}sep\u{0}nul\u{85}next"

    static let every: [APIError] = [
        .server(
            status: 401, code: "APIGW.0301",
            message: "Incorrect IAM authentication information: verify aksk signature fail"),
        .server(status: 200, code: "ModelArts.0105\n", message: hostile),
        .server(status: 500, code: nil, message: nil),
        .server(status: 503, code: "", message: ""),
        .server(status: 400, code: String(repeating: "C", count: 500), message: String(repeating: "长", count: 5_000)),
        .malformedBody(status: 200, detail: hostile),
        .malformedBody(status: 200, detail: ""),
        .rateLimited(retryAfterSeconds: 2.5), .rateLimited(retryAfterSeconds: nil),
        .rateLimited(retryAfterSeconds: .nan), .rateLimited(retryAfterSeconds: .infinity),
        .rateLimited(retryAfterSeconds: -3), .rateLimited(retryAfterSeconds: 1e300),
        .timeout(seconds: 30), .timeout(seconds: 1.5), .timeout(seconds: 0.25), .timeout(seconds: .nan),
        .timeout(seconds: .infinity), .timeout(seconds: -1e300), .timeout(seconds: 1e300),
        .connection(hostile), .connection(""), .connection(" \n "), .invalidRequest(hostile), .invalidRequest(""),
        .cancelled,
    ]

    @Test("every case gives one clean, bounded line", arguments: every)
    func oneLine(error: APIError) {
        DecodingTests.expectOneLine(error.message)
        #expect(error.message.unicodeScalars.count <= 300, "\(error.message.unicodeScalars.count) scalars")
        #expect(error.description == error.message)
        #expect(error.message == error.message.trimmingCharacters(in: .whitespaces))
    }

    @Test("a hostile server message from a real body comes out as one line with its words")
    func hostileBody() throws {
        let data = try Fixture.data("bodies/server-hostile-message.json")
        do {
            _ = try WireCoding.decode(JobListPage.self, from: data)
            Issue.record("an error body decoded as a page")
        } catch {
            DecodingTests.expectOneLine(error.message)
            #expect(error.message.hasPrefix("HTTP 200 ModelArts.0105: line one line two indented"))
            #expect(error.message.contains("next"))
        }
    }

    @Test("APIGW.0301 says which credentials to check")
    func credentialHint() {
        let error = APIError.server(
            status: 401, code: "APIGW.0301",
            message: "Incorrect IAM authentication information: verify aksk signature fail")
        #expect(
            error.message == "HTTP 401 APIGW.0301: Incorrect IAM authentication information: verify aksk signature fail"
                + " (check the access key and secret key, HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK)")
        #expect(error.isAuthentication)
        #expect(!error.isRetryable)
    }

    @Test(
        "a hint reads in one pair of parentheses, never nested",
        arguments: [
            (401, "APIGW.0301"), (401, "APIGW.0303"), (401, "ModelArts.0206"), (401, "APIGW.0302"),
            (401, "ModelArts.0201"), (401, "ModelArts.0205"), (403, "ModelArts.0210"), (401, nil), (403, nil),
        ] as [(Int, String?)])
    func hintNotNested(status: Int, code: String?) throws {
        for text in ["plain server text", "signature expired"] {
            let error = APIError.server(status: status, code: code, message: text)
            let hint = try #require(error.authenticationHint)
            #expect(!hint.contains("(") && !hint.contains(")"), "\(hint)")
            #expect(error.message.hasSuffix(" (\(hint))"), "\(error.message)")
            #expect(error.message.filter { $0 == "(" }.count == 1, "\(error.message)")
        }
    }

    @Test("an expired signature points at the clock")
    func clockHint() {
        let error = APIError.server(
            status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication information: signature expired")
        #expect(error.authenticationHint?.contains("clock") == true)
        #expect(error.message.hasSuffix("(check the system clock: signatures are valid for 15 minutes)"))
    }

    @Test(
        "hints for the other documented authentication codes",
        arguments: [
            ("ModelArts.0201", "IAM token"), ("ModelArts.0202", "IAM token"), ("APIGW.0302", "IAM token"),
            ("ModelArts.0205", "no credentials"), ("ModelArts.0206", "access key"), ("ModelArts.0210", "project id"),
        ])
    func otherHints(code: String, needle: String) throws {
        let error = APIError.server(status: 401, code: code, message: "x")
        let hint = try #require(error.authenticationHint)
        #expect(hint.contains(needle))
        #expect(error.isAuthentication)
    }

    @Test("no hint for ordinary failures; a generic one for bare 401 and 403")
    func genericHints() {
        #expect(
            APIError.server(status: 400, code: "ModelArts.2775", message: "Training job not found").authenticationHint
                == nil)
        #expect(APIError.server(status: 500, code: nil, message: nil).message == "HTTP 500")
        #expect(APIError.server(status: 401, code: nil, message: nil).message == "HTTP 401 (check the credentials)")
        #expect(
            APIError.server(status: 403, code: nil, message: nil).authenticationHint?.contains("permissions") == true)
        #expect(APIError.timeout(seconds: 30).authenticationHint == nil)
    }

    @Test("messages read as expected")
    func exactMessages() {
        #expect(
            APIError.server(status: 200, code: "ModelArts.0105", message: "Error string").message
                == "HTTP 200 ModelArts.0105: Error string")
        #expect(
            APIError.malformedBody(status: 200, detail: "jobs is not an array").message
                == "HTTP 200: malformed response: jobs is not an array")
        #expect(APIError.rateLimited(retryAfterSeconds: 2.5).message == "HTTP 429: too many requests (retry after 3s)")
        #expect(APIError.rateLimited(retryAfterSeconds: .nan).message == "HTTP 429: too many requests")
        #expect(APIError.timeout(seconds: 30).message == "no response within 30s: request timed out")
        #expect(APIError.timeout(seconds: 0.25).message == "no response within 250ms: request timed out")
        #expect(APIError.cancelled.message == "request cancelled")
    }

    @Test("retryable and status classification")
    func classification() {
        for status in [429, 502, 503, 504] {
            #expect(APIError.server(status: status, code: nil, message: nil).isRetryable)
        }
        for status in [400, 401, 403, 404, 500] {
            #expect(!APIError.server(status: status, code: nil, message: nil).isRetryable)
        }
        // A timed-out read is not sent again: it already took the whole request timeout.
        #expect(!APIError.timeout(seconds: 1).isRetryable && APIError.connection("reset").isRetryable)
        #expect(APIError.rateLimited(retryAfterSeconds: 1).isRetryable && !APIError.invalidRequest("x").isRetryable)
        #expect(!APIError.malformedBody(status: 200, detail: "x").isRetryable && !APIError.cancelled.isRetryable)
        #expect(APIError.rateLimited(retryAfterSeconds: nil).httpStatus == 429)
        #expect(APIError.connection("x").httpStatus == nil)
    }
}

/// `OneLine.clean`, which every message above relies on, and `OneLine.quoted` for config values.
@Suite("OneLine")
struct DecodingOneLineTests {
    @Test("collapses runs of whitespace and controls into one space and trims both ends")
    func collapses() {
        #expect(OneLine.clean("  a \n\n\t b\u{0}c  ", limit: 80) == "a b c")
        #expect(OneLine.clean("\n\n", limit: 80) == "")
        #expect(OneLine.clean("a\u{200B}b", limit: 80) == "a b", "format characters too")
    }

    @Test("cuts at the limit with an ellipsis only when something was cut")
    func cuts() {
        #expect(OneLine.clean("abc", limit: 3) == "abc")
        #expect(OneLine.clean("abc   ", limit: 3) == "abc")
        #expect(OneLine.clean("abcd", limit: 3) == "abc…")
        #expect(OneLine.clean("ab cd", limit: 3) == "ab…")
        #expect(OneLine.clean("训练任务", limit: 2) == "训练…")
        #expect(OneLine.clean("abc", limit: 0) == "…")
    }

    @Test("output never exceeds the limit plus the ellipsis")
    func bounded() {
        var rng = SeededGenerator(seed: 0x0111E)
        let alphabet = Array("ab 训\n\t\u{1B}\u{202E}\u{2028}🚀")
        for _ in 0..<2_000 {
            let text = rng.string(from: alphabet, length: 0...40)
            let limit = Int.random(in: 1...20, using: &rng)
            let cleaned = OneLine.clean(text, limit: limit)
            #expect(cleaned.unicodeScalars.count <= limit + 1)
            #expect(!cleaned.hasPrefix(" ") && !cleaned.hasSuffix(" ") && !cleaned.contains("  "))
            DecodingTests.expectOneLine(cleaned.isEmpty ? "x" : cleaned)
        }
    }

    @Test("quoted keeps spaces as written, turns controls into spaces and cuts at the limit")
    func quoted() {
        #expect(OneLine.quoted(" cn-north-4  ") == "' cn-north-4  '", "a stray space stays visible")
        #expect(OneLine.quoted("a\nb\tc\u{1B}") == "'a b c '")
        #expect(OneLine.quoted("") == "''")
        #expect(OneLine.quoted("abc", limit: 3) == "'abc'")
        #expect(OneLine.quoted("abcd", limit: 3) == "'abc…'")
        #expect(OneLine.quoted("训练任务", limit: 2) == "'训练…'")
        #expect(OneLine.quoted(String(repeating: "x", count: 81)) == "'" + String(repeating: "x", count: 80) + "…'")
    }

    @Test(
        "seconds never traps", arguments: [0, 0.25, 1, 1.5, 30, 1e300, -1e300, .nan, .infinity, -.infinity] as [Double])
    func seconds(value: Double) {
        #expect(OneLine.seconds(value).hasSuffix("s"))
    }
}
