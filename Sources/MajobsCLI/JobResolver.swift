import ModelArts

/// One job found from a `JobReference`: what the commands need to act on it or read its log.
struct ResolvedJob: Hashable, Sendable {
    var api: APIVersion
    /// The v1 job id (digits) or the v2 UUID.
    var id: String
    var name: String
    /// v1: the job's newest version (the one `stop` and `logs` use unless `--version-id` says).
    var versionID: Int64?
    /// The status when it was looked up (nil when unknown).
    var status: JobStatus?
    /// v2: the tasks the server listed (`worker-0` …).
    var tasks: [String] = []

    /// `name (id)` with the name cleaned for one line.
    var label: String {
        let clean = OneLine.clean(name, limit: 60)
        return clean.isEmpty ? id : "\(clean) (\(id))"
    }

    var v1JobID: Int64? { api == .v1 ? Int64(id) : nil }
}

/// Finds the one job a `JobReference` names, through the API `choice` picks (`auto`: v2, else v1 where
/// the server has no v2). Reads only. A name prefix matching several jobs (and none exactly) lists up to
/// `maxCandidates` of them in a usage error.
struct JobResolver {
    static let maxCandidates = 20
    let api: any JobsAPI
    let choice: APIChoice

    func resolve(_ reference: JobReference) async throws(JobCommandError) -> ResolvedJob {
        let matches: [TrainingJob]
        do throws(APIError) {
            switch reference {
            case .v1(let id): return try await v1Job(id)
            case .v2(let id): return try await v2Job(id)
            case .namePrefix(let prefix): matches = try await prefixMatches(prefix)
            }
        } catch {
            if error.isJobGone { throw .notFound(reference.text) }
            throw .api(error)
        }
        guard case .namePrefix(let prefix) = reference else { throw .notFound(reference.text) }
        return try pick(prefix, from: matches)
    }

    /// The jobs whose name starts with `prefix`, on the API `choice` picks.
    func prefixMatches(_ prefix: String) async throws(APIError) -> [TrainingJob] {
        switch choice {
        case .v1: return try await v1Matches(prefix)
        case .v2: return try await v2Matches(prefix)
        case .auto:
            do throws(APIError) {
                return try await v2Matches(prefix)
            } catch  where error.isRouteAbsent {
                return try await v1Matches(prefix)
            }
        }
    }

    func v1Job(_ id: Int64) async throws(APIError) -> ResolvedJob {
        let list = try await api.listVersions(jobID: .number(id))
        let newest = list.versions.max { $0.versionID < $1.versionID }
        return ResolvedJob(
            api: .v1, id: String(id), name: list.jobName, versionID: newest?.versionID, status: newest?.status)
    }

    func v2Job(_ id: String) async throws(APIError) -> ResolvedJob {
        let job = try await api.v2JobDetail(id: id).job
        return Self.resolved(job)
    }

    static func resolved(_ job: TrainingJob) -> ResolvedJob {
        ResolvedJob(
            api: job.api, id: job.id.description, name: job.name, versionID: job.api == .v1 ? job.versionID : nil,
            status: job.status, tasks: job.v2?.tasks ?? [])
    }

    /// Every v1 job whose name contains `prefix` (the server's search), then those starting with it.
    func v1Matches(_ prefix: String) async throws(APIError) -> [TrainingJob] {
        let query: JobListQuery
        do {
            query = try JobListQuery(
                perPage: JobListQuery.perPageRange.upperBound, searchContent: Self.searchText(prefix))
        } catch {
            throw .invalidRequest(error.description)
        }
        return try await api.listJobs(query).jobs.filter { $0.name.hasPrefix(prefix) }
    }

    /// v2 jobs whose name is like `prefix`, at most 10 pages of 50, then those starting with it.
    func v2Matches(_ prefix: String) async throws(APIError) -> [TrainingJob] {
        var found: [TrainingJob] = []
        for page in 1...10 {
            let query: V2ListQuery
            do {
                query = try V2ListQuery(page: page, limit: 50, name: Self.searchText(prefix))
            } catch {
                throw .invalidRequest(error.description)
            }
            let result = try await api.listV2Jobs(query)
            found += result.jobs.filter { $0.name.hasPrefix(prefix) }
            if result.jobs.count < query.limit { break }
        }
        var seen = Set<JobID>()
        return found.filter { seen.insert($0.id).inserted }
    }

    /// The server's search text: the prefix cut to the longest search it takes.
    static func searchText(_ prefix: String) -> String {
        String(String.UnicodeScalarView(prefix.unicodeScalars.prefix(JobListQuery.maxSearchLength)))
    }

    /// The one job: the only match, or the one whose whole name is `prefix`.
    func pick(_ prefix: String, from matches: [TrainingJob]) throws(JobCommandError) -> ResolvedJob {
        let exact = matches.filter { $0.name == prefix }
        if exact.count == 1 || matches.count == 1 {
            // A v1 list row names the job's current version: the version list is not needed.
            return Self.resolved(exact.first ?? matches[0])
        }
        guard !matches.isEmpty else { throw .failure("no job whose name starts with \(OneLine.quoted(prefix))") }
        var lines = ["\(OneLine.quoted(prefix)) matches \(matches.count) jobs: give more of the name, or the id"]
        for job in matches.prefix(Self.maxCandidates) {
            lines.append("  \(job.id)  \(OneLine.clean(job.name, limit: 60))  \(job.status.word)")
        }
        if matches.count > Self.maxCandidates { lines.append("  … and \(matches.count - Self.maxCandidates) more") }
        throw .usage(lines.joined(separator: "\n"))
    }
}

extension JobReference {
    /// The reference as typed, cleaned for a message.
    var text: String {
        switch self {
        case .v1(let id): return String(id)
        case .v2(let id): return id
        case .namePrefix(let p): return OneLine.quoted(p)
        }
    }
}
