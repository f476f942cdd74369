/// The v2 search answer (`ListTrainingJobsResponse`, contract §2.5): `total` is every v2 job of the
/// account, `count` the jobs matching the filters; the paging and sort fields echo the request.
struct V2JobSearchPage: Encodable, Sendable {
    var total: Int
    var count: Int
    var limit: Int
    var offset: Int
    var sortBy = "create_time"
    var order: String
    var groupBy: String
    var workspaceID: String
    var aiProject = "default-ai-project"
    var items: [V2JobResponse]

    enum CodingKeys: String, CodingKey {
        case total, count, limit, offset, order, items
        case sortBy = "sort_by", groupBy = "group_by", workspaceID = "workspace_id", aiProject = "ai_project"
    }
}
