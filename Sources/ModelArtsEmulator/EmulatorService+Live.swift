import ModelArts

extension EmulatorService {
    /// The list over the live store: the same filters and order as the static one, computed from
    /// the jobs as they are now (no cached order: statuses change and jobs appear).
    func listLiveJobs(_ query: JobListQuery, live: LiveJobStore) -> (EmulatorResponse, Payload) {
        let nowMS = now()
        let jobs = live.jobs(at: nowMS)
        let names = live.lowercasedNames(at: nowMS)
        var matches: [TrainingJob] = []
        if query.workspaceID == nil || query.workspaceID == "0" {
            let needle = query.searchContent.lowercased()
            let status = query.status.map(JobStatus.code)
            for i in Self.sortedIndices(jobs, by: query.sortBy, query.order) {
                if let status, jobs[i].status != status { continue }
                if needle.isEmpty || names[i].contains(needle) { matches.append(jobs[i]) }
            }
        }
        let start = (query.page - 1) * query.perPage
        let slice = start < matches.count ? Array(matches[start..<min(start + query.perPage, matches.count)]) : []
        let page = JobListPage(
            totalCount: matches.count, countLimit: live.jobCountLimit(at: nowMS),
            quotas: LiveJobStore.quotas(of: jobs), jobs: slice)
        return (EmulatorReply.json(200, page), .page(page))
    }

    /// A job as of `nowMS`, from the live store when there is one.
    func currentJob(_ id: JobID, at nowMS: Int64) -> TrainingJob? {
        live.map { $0.job(id, at: nowMS) } ?? store.job(id, at: nowMS)
    }

    /// A job's versions as of `nowMS`, from the live store when there is one.
    func currentVersions(of id: JobID, at nowMS: Int64) -> [JobVersion]? {
        live.map { $0.versions(for: id, at: nowMS) } ?? store.versions(for: id, at: nowMS)
    }
}
