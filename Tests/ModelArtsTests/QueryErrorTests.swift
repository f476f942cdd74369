import ModelArts
import Testing

/// Every `QueryError` message is one line, names the refused value and says what is allowed.
@Suite("QueryError messages")
struct QueryErrorTests {
    static func isOneLine(_ text: String) -> Bool {
        !text.isEmpty
            && !text.unicodeScalars.contains {
                $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
            }
    }

    /// (error, text the message must contain: the value, then what is allowed).
    static let cases: [(QueryError, [String])] = [
        (.outOfRange(parameter: "per_page", value: "0", range: 1...1000), ["per_page", "0", "1...1000"]),
        (.outOfRange(parameter: "per_page", value: "1001", range: 1...1000), ["per_page", "1001", "1...1000"]),
        (.outOfRange(parameter: "page", value: "65536", range: 1...65535), ["page", "65536", "1...65535"]),
        (.notANumber(parameter: "per_page", value: "ten"), ["per_page", "'ten'", "1...1000"]),
        (.notANumber(parameter: "page", value: "1.5"), ["page", "'1.5'", "1...65535"]),
        (.searchTooLong(length: 65, limit: 64), ["search_content", "65", "64"]),
        (.invalidStatus("-1"), ["status", "'-1'", "0...22", "running"]),
        (
            .invalidSort("bogus"),
            ["'bogus'", "name, desc, status, duration, versions, created", "job_name", "create_time"]
        ),
        (.invalidOrder("up"), ["order", "'up'", "asc or desc"]),
        (.invalidWorkspace(""), ["workspace_id", "''", "1 to 64"]),
    ]

    @Test("names the value and what is allowed", arguments: cases)
    func namesValueAndRange(error: QueryError, needles: [String]) {
        let message = error.description
        #expect(Self.isOneLine(message), "\(message.debugDescription)")
        for needle in needles {
            #expect(message.contains(needle), "\(message) should mention \(needle)")
        }
    }

    @Test("the messages read as expected")
    func exactMessages() {
        #expect(
            QueryError.outOfRange(parameter: "per_page", value: "0", range: 1...1000).description
                == "per_page 0 is out of range: allowed 1...1000")
        #expect(
            QueryError.notANumber(parameter: "page", value: "x").description
                == "page 'x' is not a whole number: allowed 1...65535")
        #expect(
            QueryError.searchTooLong(length: 65, limit: 64).description
                == "search_content is 65 characters long: at most 64 allowed")
        #expect(QueryError.invalidOrder("up").description == "order 'up' is unknown: use asc or desc")
    }

    static let hostile = [
        "a\nb", "a\r\nb", "\u{1B}[2J", "tab\there", "\u{2028}x", "bidi\u{202E}txt", "nul\u{0}", "\u{85}",
        String(repeating: "长", count: 500), String(repeating: "\n", count: 10),
    ]

    @Test("a hostile value never breaks the line and stays short", arguments: hostile)
    func hostileValues(value: String) {
        let errors: [QueryError] = [
            .outOfRange(parameter: "page", value: value, range: 1...65535),
            .notANumber(parameter: "per_page", value: value),
            .invalidStatus(value), .invalidSort(value), .invalidOrder(value), .invalidWorkspace(value),
        ]
        for error in errors {
            let message = error.description
            #expect(Self.isOneLine(message), "\(message.debugDescription)")
            #expect(
                !message.unicodeScalars.contains { $0.properties.generalCategory == .format },
                "\(message.debugDescription)")
            #expect(message.unicodeScalars.count < 260, "\(message.unicodeScalars.count) scalars")
        }
    }

    @Test("control characters in a value are shown as escapes, not dropped")
    func escapesShown() {
        #expect(QueryError.invalidOrder("a\nb").description == "order 'a\\u{A}b' is unknown: use asc or desc")
        #expect(QueryError.notANumber(parameter: "page", value: " 5").description.contains("' 5'"))
    }

    @Test("errors thrown by real queries carry these messages")
    func thrownMessages() {
        do {
            _ = try JobListQuery(wireParameters: [("per_page", "1001")])
            Issue.record("per_page 1001 was accepted")
        } catch {
            #expect(error.description == "per_page 1001 is out of range: allowed 1...1000")
        }
    }
}

/// The command line's words: `list` and `browse` name the flag a person typed, never the wire name.
@Suite("QueryError flag messages")
struct QueryErrorFlagTests {
    static let cases: [(QueryError, String)] = [
        (
            .outOfRange(parameter: "per_page", value: "0", range: 1...1000),
            "--per-page 0 is out of range: allowed 1...1000"
        ),
        (
            .outOfRange(parameter: "page", value: "65536", range: 1...65535),
            "--page 65536 is out of range: allowed 1...65535"
        ),
        (.notANumber(parameter: "per_page", value: "ten"), "--per-page 'ten' is not a whole number: allowed 1...1000"),
        (.searchTooLong(length: 65, limit: 64), "--search is 65 characters long: at most 64 allowed"),
        (
            .invalidStatus("sleeping"),
            "--status 'sleeping' is not a status code (0...22) or name, e.g. running or JOBSTAT_FAILED"
        ),
        (
            .invalidSort("colour"),
            "--sort 'colour' is unknown: use one of name, desc, status, duration, versions, created"
        ),
        (.invalidOrder("up"), "--order 'up' is unknown: use asc or desc"),
    ]

    @Test("names the flag, the value and what is allowed", arguments: cases)
    func flagMessage(error: QueryError, expected: String) {
        #expect(error.flagMessage == expected)
        #expect(QueryErrorTests.isOneLine(error.flagMessage))
        for wire in ["per_page", "search_content", "sortBy", "on the wire"] {
            #expect(!error.flagMessage.contains(wire), "\(error.flagMessage)")
        }
    }

    @Test("every wire parameter maps to the flag that sets it")
    func flags() {
        let pairs = [
            ("per_page", "--per-page"), ("page", "--page"), ("search_content", "--search"),
            ("status", "--status"), ("sortBy", "--sort"), ("sort_by", "--sort"), ("order", "--order"),
        ]
        for (wire, flag) in pairs { #expect(QueryError.flag(for: wire) == flag) }
    }

    @Test("a query refused at construction speaks flags through flagMessage, wire names through description")
    func thrown() {
        do {
            _ = try JobListQuery(perPage: 0)
            Issue.record("per_page 0 was accepted")
        } catch {
            #expect(error.flagMessage == "--per-page 0 is out of range: allowed 1...1000")
            #expect(error.description == "per_page 0 is out of range: allowed 1...1000")
        }
    }
}
