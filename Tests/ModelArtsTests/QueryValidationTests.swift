import ModelArts
import Testing

/// `JobListQuery` refuses every out-of-range field at construction, at each edge.
@Suite("JobListQuery validation")
struct QueryValidationTests {
    @Test("defaults are the documented ones")
    func defaults() throws {
        let query = try JobListQuery()
        #expect(query.perPage == 10 && query.page == 1)
        #expect(query.sortBy == .name && query.order == .asc)
        #expect(query.status == nil && query.searchContent.isEmpty && query.workspaceID == nil)
    }

    @Test("per_page accepts 1 and 1000", arguments: [1, 2, 999, 1000])
    func perPageInside(perPage: Int) throws {
        #expect(try JobListQuery(perPage: perPage).perPage == perPage)
    }

    @Test("per_page refuses 0, 1001 and beyond", arguments: [0, 1001, -1, .min, .max])
    func perPageOutside(perPage: Int) {
        #expect(throws: QueryError.outOfRange(parameter: "per_page", value: String(perPage), range: 1...1000)) {
            try JobListQuery(perPage: perPage)
        }
    }

    @Test("page accepts 1 and 65535", arguments: [1, 2, 65534, 65535])
    func pageInside(page: Int) throws {
        #expect(try JobListQuery(page: page).page == page)
    }

    @Test("page refuses 0, 65536 and beyond", arguments: [0, 65536, -1, .min, .max])
    func pageOutside(page: Int) {
        #expect(throws: QueryError.outOfRange(parameter: "page", value: String(page), range: 1...65535)) {
            try JobListQuery(page: page)
        }
    }

    @Test("search_content counts Unicode scalars: 64 pass, 65 do not", arguments: ["a", "训", "é", "🚀"])
    func searchLength(unit: String) throws {
        let at = String(repeating: unit, count: 64)
        #expect(try JobListQuery(searchContent: at).searchContent == at)
        #expect(throws: QueryError.searchTooLong(length: 65, limit: 64)) {
            try JobListQuery(searchContent: at + unit)
        }
    }

    @Test("a decomposed character counts each of its scalars")
    func searchCountsScalars() throws {
        let decomposed = "e\u{301}"  // one Character, two scalars
        #expect(try JobListQuery(searchContent: String(repeating: decomposed, count: 32)).searchContent.count == 32)
        #expect(throws: QueryError.searchTooLong(length: 66, limit: 64)) {
            try JobListQuery(searchContent: String(repeating: decomposed, count: 33))
        }
    }

    @Test("status accepts any code from 0, including unknown ones", arguments: [0, 8, 22, 23, 37, 9_999])
    func statusAccepted(status: Int) throws {
        #expect(try JobListQuery(status: status).status == status)
    }

    @Test("a negative status is refused", arguments: [-1, -22, .min])
    func statusNegative(status: Int) {
        #expect(throws: QueryError.invalidStatus(String(status))) { try JobListQuery(status: status) }
    }

    @Test("workspace_id must be 1 to 64 bytes")
    func workspace() throws {
        #expect(try JobListQuery(workspaceID: "0").workspaceID == "0")
        #expect(try JobListQuery(workspaceID: String(repeating: "w", count: 64)).workspaceID?.count == 64)
        #expect(throws: QueryError.invalidWorkspace("")) { try JobListQuery(workspaceID: "") }
        let long = String(repeating: "w", count: 65)
        #expect(throws: QueryError.invalidWorkspace(long)) { try JobListQuery(workspaceID: long) }
    }

    @Test("onPage and with re-validate, and keep every other field")
    func derived() throws {
        let query = try JobListQuery(
            status: 8, perPage: 50, page: 3, sortBy: .created, order: .desc, searchContent: "训练", workspaceID: "ws")
        let next = try query.onPage(4)
        #expect(next.page == 4 && next.perPage == 50 && next.status == 8 && next.sortBy == .created)
        #expect(next.order == .desc && next.searchContent == "训练" && next.workspaceID == "ws")
        #expect(throws: QueryError.outOfRange(parameter: "page", value: "65536", range: 1...65535)) {
            try query.onPage(65536)
        }
        #expect(try query.with(status: .some(nil)).status == nil)
        #expect(try query.with(perPage: 1000).perPage == 1000)
        #expect(try query.with(sortBy: .duration, order: .asc).sortBy == .duration)
        #expect(try query.with().status == 8, "nil arguments keep the field")
        #expect(throws: QueryError.outOfRange(parameter: "per_page", value: "1001", range: 1...1000)) {
            try query.with(perPage: 1001)
        }
        #expect(throws: QueryError.searchTooLong(length: 65, limit: 64)) {
            try query.with(searchContent: String(repeating: "训", count: 65))
        }
        #expect(throws: QueryError.invalidStatus("-1")) { try query.with(status: -1) }
    }

    @Test("parameters: order always explicit, empty search and absent fields left out")
    func parameters() throws {
        let plain = try JobListQuery().parameters.map { "\($0.0)=\($0.1)" }
        #expect(plain == ["per_page=10", "page=1", "sortBy=job_name", "order=asc"])
        let full = try JobListQuery(
            status: 0, perPage: 1000, page: 65535, sortBy: .versions, order: .desc, searchContent: "a b",
            workspaceID: "0")
        #expect(
            full.parameters.map { "\($0.0)=\($0.1)" } == [
                "status=0", "per_page=1000", "page=65535", "sortBy=version_count", "order=desc", "search_content=a b",
                "workspace_id=0",
            ])
    }

    @Test("parameters read back through init(wireParameters:) to the same query")
    func parametersRoundTrip() throws {
        var rng = SeededGenerator(seed: 0x0E27)
        for _ in 0..<300 {
            let query = try JobListQuery(
                status: Bool.random(using: &rng) ? Int.random(in: 0...40, using: &rng) : nil,
                perPage: Int.random(in: JobListQuery.perPageRange, using: &rng),
                page: Int.random(in: JobListQuery.pageRange, using: &rng),
                sortBy: SortField.allCases.randomElement(using: &rng) ?? .name,
                order: SortOrder.allCases.randomElement(using: &rng) ?? .asc,
                searchContent: rng.string(from: Array("ab 训🚀&="), length: 0...64),
                workspaceID: Bool.random(using: &rng) ? "0" : nil)
            #expect(try JobListQuery(wireParameters: query.parameters) == query)
        }
    }
}
