import Foundation

/// A v2 search body (`JobSearches`, contract §2.1), checked as the service checks it. Supported:
/// `name` `like` (case-insensitive substring), `phase` `in`, `id` `in`; `sort_by` `create_time`;
/// `order` asc/desc (default desc); `limit` 1...50 (default 10); `offset` >= 0 (default 0).
/// Fields the emulator does not act on (`group_by`, `workspace_id`, `train_type`, `tags`, `host_ips`)
/// are echoed or ignored; unknown fields are ignored.
struct V2SearchQuery: Sendable, Equatable {
    static let defaultLimit = 10
    static let limitRange = 1...50

    var offset = 0
    var limit = defaultLimit
    var ascending = false
    var groupBy = ""
    var workspaceID = "0"
    /// Every `name like` value, lowercased; a job must contain all of them.
    var nameNeedles: [String] = []
    /// Allowed phases as a mask of `V2JobState.phaseBit`s; nil when not filtered.
    var phaseMask: UInt8?
    /// Allowed ids; nil when not filtered.
    var ids: Set<String>?

    /// A refusal with its documented code (contract §1.1).
    struct Refusal: Error, Equatable {
        var code: String
        var message: String
    }

    /// The wire shape: every field optional, values of the documented types.
    private struct Body: Decodable {
        var offset: Int?
        var limit: Int?
        var sortBy: String?
        var order: String?
        var groupBy: String?
        var workspaceID: String?
        var filters: [Filter]?

        enum CodingKeys: String, CodingKey {
            case offset, limit, order, filters
            case sortBy = "sort_by", groupBy = "group_by", workspaceID = "workspace_id"
        }
    }

    private struct Filter: Decodable {
        var key: String
        var `operator`: String
        var value: [String]
    }

    /// Parses and checks a body; an empty body is an empty search.
    init(body: [UInt8]) throws(Refusal) {
        guard !body.isEmpty else { return }
        let parsed: Body
        do {
            parsed = try JSONDecoder().decode(Body.self, from: Data(body))
        } catch {
            throw Refusal(code: "ModelArts.2787", message: "Invalid JSON body.")
        }
        if let limit = parsed.limit {
            guard Self.limitRange.contains(limit) else {
                let bound = limit < 1 ? "is below the lower limit 1" : "exceeds the upper limit 50"
                throw Refusal(code: "ModelArts.2816", message: "The parameter(limit) \(bound).")
            }
            self.limit = limit
        }
        if let offset = parsed.offset {
            guard offset >= 0 else { throw Refusal(code: "ModelArts.2788", message: "Invalid parameter (offset).") }
            self.offset = offset
        }
        if let sortBy = parsed.sortBy, sortBy != "create_time" {
            throw Refusal(code: "ModelArts.2790", message: "Unsupported sort_by (\(Self.clip(sortBy))).")
        }
        switch parsed.order {
        case nil, "desc": ascending = false
        case "asc": ascending = true
        case let other?:
            throw Refusal(code: "ModelArts.2788", message: "Invalid parameter (order: \(Self.clip(other))).")
        }
        groupBy = parsed.groupBy ?? ""
        workspaceID = parsed.workspaceID ?? "0"
        for filter in parsed.filters ?? [] { try apply(filter) }
    }

    /// Values that are empty or blank do not filter (the documented example sends `["" ]`).
    private mutating func apply(_ filter: Filter) throws(Refusal) {
        let values = filter.value.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        switch filter.key {
        case "name":
            guard filter.operator == "like" else { throw Self.badOperator(filter) }
            guard values.count <= 1 else {
                throw Refusal(code: "ModelArts.2809", message: "Unsupported condition value (name: one value).")
            }
            nameNeedles += values.map { $0.lowercased() }
        case "phase":
            guard filter.operator == "in" else { throw Self.badOperator(filter) }
            guard !values.isEmpty else { return }
            let mask = values.reduce(UInt8(0)) { $0 | (V2JobState.phaseBit($1) ?? 0) }
            phaseMask = (phaseMask ?? 0xFF) & mask
        case "id":
            guard filter.operator == "in" else { throw Self.badOperator(filter) }
            guard !values.isEmpty else { return }
            ids = ids.map { $0.intersection(values) } ?? Set(values)
        default:
            throw Refusal(code: "ModelArts.2807", message: "Unsupported condition key (\(Self.clip(filter.key))).")
        }
    }

    private static func badOperator(_ filter: Filter) -> Refusal {
        Refusal(
            code: "ModelArts.2808",
            message: "Unsupported condition operator (\(clip(filter.key)) \(clip(filter.operator))).")
    }

    /// Client text in a message, cut short: an error must not echo a megabyte back.
    static func clip(_ text: String) -> String {
        text.count <= 64 ? text : String(text.prefix(64)) + "…"
    }
}
