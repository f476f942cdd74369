import ModelArts
import Testing

/// `JobListQuery(wireParameters:)`: the server side of the query, as the emulator reads it.
@Suite("JobListQuery from wire parameters")
struct QueryWireTests {
    static func parse(_ items: [(String, String)]) throws(QueryError) -> JobListQuery {
        try JobListQuery(wireParameters: items)
    }

    @Test("no parameters give the documented defaults")
    func defaults() throws {
        #expect(try Self.parse([]) == JobListQuery())
        let query = try Self.parse([])
        #expect(query.perPage == 10 && query.page == 1 && query.sortBy == .name && query.order == .asc)
        #expect(query.status == nil && query.searchContent == "" && query.workspaceID == nil)
    }

    @Test("empty values count as absent")
    func emptyValues() throws {
        let items = ["status", "per_page", "page", "sortBy", "order", "search_content", "workspace_id"].map { ($0, "") }
        #expect(try Self.parse(items) == JobListQuery())
    }

    @Test("every parameter is read")
    func allParameters() throws {
        let query = try Self.parse([
            ("status", "8"), ("per_page", "1000"), ("page", "65535"), ("sortBy", "create_time"), ("order", "desc"),
            ("search_content", "训练 a+b"), ("workspace_id", "0"),
        ])
        #expect(
            query
                == (try JobListQuery(
                    status: 8, perPage: 1000, page: 65535, sortBy: .created, order: .desc, searchContent: "训练 a+b",
                    workspaceID: "0")))
    }

    @Test("sortBy and the old SDK's sort_by both work; sortBy wins", arguments: SortField.allCases)
    func sortSpellings(field: SortField) throws {
        #expect(try Self.parse([("sortBy", field.wireName)]).sortBy == field)
        #expect(try Self.parse([("sort_by", field.wireName)]).sortBy == field)
        #expect(try Self.parse([("sort_by", "status"), ("sortBy", field.wireName)]).sortBy == field)
    }

    @Test("the first value of a repeated key wins")
    func repeatedKey() throws {
        #expect(try Self.parse([("page", "2"), ("page", "3")]).page == 2)
        #expect(try Self.parse([("order", "desc"), ("order", "bogus")]).order == .desc)
    }

    @Test("unknown parameters are ignored")
    func unknownIgnored() throws {
        #expect(try Self.parse([("engine_type", "1"), ("PAGE", "0")]) == JobListQuery())
    }

    @Test(
        "per_page and page edges",
        arguments: [
            ("per_page", "0", false), ("per_page", "1", true), ("per_page", "1000", true), ("per_page", "1001", false),
            ("page", "0", false), ("page", "1", true), ("page", "65535", true), ("page", "65536", false),
            ("page", "+7", true), ("page", "-1", false),
        ])
    func numericEdges(key: String, value: String, valid: Bool) throws {
        if valid {
            let query = try Self.parse([(key, value)])
            #expect((key == "page" ? query.page : query.perPage) == Int(value))
        } else {
            let range = key == "page" ? JobListQuery.pageRange : JobListQuery.perPageRange
            #expect(throws: QueryError.outOfRange(parameter: key, value: value, range: range)) {
                try Self.parse([(key, value)])
            }
        }
    }

    @Test("a number too large for Int is out of range, not 'not a number'")
    func hugeNumber() {
        let huge = "99999999999999999999999"
        #expect(throws: QueryError.outOfRange(parameter: "page", value: huge, range: 1...65535)) {
            try Self.parse([("page", huge)])
        }
        #expect(throws: QueryError.outOfRange(parameter: "per_page", value: "-" + huge, range: 1...1000)) {
            try Self.parse([("per_page", "-" + huge)])
        }
    }

    @Test(
        "a value that is not a whole number",
        arguments: ["ten", "1.5", "1e3", " 5", "5 ", "0x10", "+", "-", "５", "1_000"])
    func notANumber(value: String) {
        #expect(throws: QueryError.notANumber(parameter: "per_page", value: value)) {
            try Self.parse([("per_page", value)])
        }
        #expect(throws: QueryError.notANumber(parameter: "page", value: value)) {
            try Self.parse([("page", value)])
        }
    }

    @Test("a bad status", arguments: ["running", "-1", "1.0", "８", "99999999999999999999"])
    func badStatus(value: String) {
        #expect(throws: QueryError.invalidStatus(value)) { try Self.parse([("status", value)]) }
    }

    @Test(
        "a bad sort field: short names and other spellings are not wire names",
        arguments: [
            "name", "created", "JOB_NAME", "Job_name", "engine_type", "job_name ", "sortBy",
        ])
    func badSort(value: String) {
        #expect(throws: QueryError.invalidSort(value)) { try Self.parse([("sortBy", value)]) }
        #expect(throws: QueryError.invalidSort(value)) { try Self.parse([("sort_by", value)]) }
    }

    @Test("a bad order", arguments: ["ASC", "Desc", "ascending", "up", " asc"])
    func badOrder(value: String) {
        #expect(throws: QueryError.invalidOrder(value)) { try Self.parse([("order", value)]) }
    }

    @Test("search_content over 64 scalars, CJK too")
    func longSearch() throws {
        #expect(try Self.parse([("search_content", String(repeating: "训", count: 64))]).searchContent.count == 64)
        #expect(throws: QueryError.searchTooLong(length: 65, limit: 64)) {
            try Self.parse([("search_content", String(repeating: "训", count: 65))])
        }
    }

    @Test("several bad fields report one of them, always the same one")
    func firstErrorWins() {
        #expect(throws: QueryError.outOfRange(parameter: "per_page", value: "0", range: 1...1000)) {
            try Self.parse([("page", "0"), ("per_page", "0")])
        }
        #expect(throws: QueryError.invalidSort("x")) {
            try Self.parse([("sortBy", "x"), ("order", "y")])
        }
    }
}
