extension JobListQuery {
    /// Parses and validates query parameters as a server receives them, applying the documented
    /// defaults. Accepts `sortBy` and the old SDK's `sort_by`. The first value of a repeated key wins;
    /// an empty value counts as absent.
    public init(wireParameters items: [(String, String)]) throws(QueryError) {
        func first(_ key: String) -> String? { items.first(where: { $0.0 == key })?.1 }
        func int(_ key: String, default value: Int, range: ClosedRange<Int>) throws(QueryError) -> Int {
            guard let text = first(key), !text.isEmpty else { return value }
            if let n = Int(text) { return n }
            // Digits too many for Int are a number, just far out of range.
            let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw .outOfRange(parameter: key, value: text, range: range)
            }
            throw .notANumber(parameter: key, value: text)
        }
        var status: Int?
        if let text = first("status"), !text.isEmpty {
            guard let n = Int(text) else { throw .invalidStatus(text) }
            status = n
        }
        var sort = SortField.name
        if let text = first("sortBy") ?? first("sort_by"), !text.isEmpty {
            guard let f = SortField(rawValue: text) else { throw .invalidSort(text) }
            sort = f
        }
        var order = SortOrder.asc
        if let text = first("order"), !text.isEmpty {
            guard let o = SortOrder(rawValue: text) else { throw .invalidOrder(text) }
            order = o
        }
        let workspace = first("workspace_id")
        try self.init(
            status: status, perPage: try int("per_page", default: 10, range: Self.perPageRange),
            page: try int("page", default: 1, range: Self.pageRange),
            sortBy: sort, order: order, searchContent: first("search_content") ?? "",
            workspaceID: workspace?.isEmpty == true ? nil : workspace)
    }
}
