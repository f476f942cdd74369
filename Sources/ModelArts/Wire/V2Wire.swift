import Foundation

/// The v2 training API on the wire (contract §2, §5, §9): paths, the search body and its headers.
/// Shared by the HTTP client and the in-process test API, so both send the same bytes.
public enum V2Wire {
    /// The content type the SDK sends (and signs) on a POST with a JSON body (§11).
    public static let jsonContentType = "application/json;charset=utf-8"
    /// The content type the SDK sends on a GET, even without a body.
    public static let plainContentType = "application/json"

    /// `POST` here searches the project's training jobs.
    public static func searchPath(projectID: String) -> String {
        "/v2/\(projectID)/training-job-searches"
    }

    /// One job's detail.
    public static func jobPath(projectID: String, id: String) -> String {
        "/v2/\(projectID)/training-jobs/\(PercentEncoding.encode(id))"
    }

    /// One job's events.
    public static func eventsPath(projectID: String, id: String) -> String {
        jobPath(projectID: projectID, id: id) + "/events"
    }

    /// The events query: the newest 100 (the documented maximum), newest first.
    public static let eventsQuery: [(String, String)] = [("limit", "100"), ("offset", "0"), ("order", "desc")]

    /// The search body for `query` at the wire `offset` (a page index or a record offset: the caller
    /// knows which the server takes). Sort is always `create_time`; filters are `name like`,
    /// `phase in` and `id in`, each only when set. Serialised once: these exact bytes are signed and sent.
    public static func searchBody(_ query: V2ListQuery, offset: Int) -> [UInt8] {
        var filters: [SearchBody.Filter] = []
        if !query.name.isEmpty { filters.append(.init(key: "name", operator: "like", value: [query.name])) }
        if !query.phases.isEmpty { filters.append(.init(key: "phase", operator: "in", value: query.phases)) }
        if !query.ids.isEmpty { filters.append(.init(key: "id", operator: "in", value: query.ids)) }
        let body = SearchBody(
            offset: offset, limit: query.limit, sortBy: "create_time", order: query.order.rawValue,
            filters: filters.isEmpty ? nil : filters, workspaceID: query.workspaceID)
        // Encoding plain strings and integers cannot fail; an empty body would be refused by the server.
        return (try? Array(WireCoding.encoder().encode(body))) ?? []
    }

    /// `JobSearches` as the SDK names its keys.
    struct SearchBody: Encodable {
        struct Filter: Encodable {
            var key: String
            var `operator`: String
            var value: [String]
        }
        var offset: Int
        var limit: Int
        var sortBy: String
        var order: String
        var filters: [Filter]?
        var workspaceID: String?

        enum CodingKeys: String, CodingKey {
            case offset, limit, sortBy = "sort_by", order, filters, workspaceID = "workspace_id"
        }
    }

    /// The root object of a 2xx body, or the error it carries instead: a body with an `error_code`
    /// and none of the keys a v2 answer has is a server error, whatever the status said.
    static func root(_ data: Data, status: Int, expecting key: String) throws(APIError) -> LooseJSON {
        guard let root = LooseJSON.parse(data) else {
            throw .malformedBody(
                status: status, detail: data.isEmpty ? "empty body" : "not valid JSON (\(data.count) bytes)")
        }
        guard root.isObject else { throw .malformedBody(status: status, detail: "expected a JSON object") }
        if root["error_code"].string != nil, case .null = root[key] {
            let body = WireCoding.decodeError(from: data)
            throw .server(status: status, code: body?.code, message: body?.messageWithSolution)
        }
        return root
    }
}
