import ModelArts

extension EmulatorService {
    /// The documented `GET /v3/projects` (Keystone) body: the projects and the page's links.
    struct ProjectsBody: Encodable {
        struct Project: Encodable {
            struct Links: Encodable { var `self`: String }
            var id: String
            var name: String
            var domainID: String
            var description: String
            var enabled: Bool
            var isDomain: Bool
            var parentID: String
            var links: Links
            enum CodingKeys: String, CodingKey {
                case id, name, domainID = "domain_id", description, enabled, isDomain = "is_domain"
                case parentID = "parent_id", links
            }
        }
        struct Links: Encodable {
            var `self`: String
            var previous: String?
            var next: String?
            func encode(to encoder: any Encoder) throws {
                // IAM sends `null` for an absent neighbour page rather than leaving the key out.
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(self.`self`, forKey: .self)
                try c.encode(previous, forKey: .previous)
                try c.encode(next, forKey: .next)
            }
            enum CodingKeys: String, CodingKey { case `self`, previous, next }
        }
        var projects: [Project]
        var links: Links
    }

    /// `GET /v3/projects[?name=NAME]`, signed with AK/SK (or an IAM token) like the ModelArts routes:
    /// the account's projects whose name is exactly `name`, or all of them. This is how the SDKs find
    /// the project id of a region when none is configured.
    func listProjects(_ request: EmulatorRequest, requestID: String, note: inout Note) -> EmulatorResponse {
        let identity = configuration.identity
        if let denied = authenticate(request, projectID: identity.projectID, requestID: requestID, note: &note) {
            return denied
        }
        let query = PercentEncoding.parseQuery(request.rawQuery[...])
        let name = query.last(where: { $0.0 == "name" })?.1
        let all = configuration.iamProjects ?? IAMProject.defaults(for: identity)
        let domainID = Self.stableID(identity.domainName)
        let base = "http://\(request.header("Host") ?? "127.0.0.1")/v3/projects"
        let projects = all.filter { name == nil || $0.name == name }.map { p in
            ProjectsBody.Project(
                id: p.id, name: p.name, domainID: domainID, description: "", enabled: true, isDomain: false,
                parentID: domainID, links: .init(self: "\(base)/\(p.id)"))
        }
        let selfLink = request.rawQuery.isEmpty ? base : "\(base)?\(request.rawQuery)"
        return EmulatorReply.json(200, ProjectsBody(projects: projects, links: .init(self: selfLink)))
    }
}
