import ModelArts

extension EmulatorService {
    /// The list over the live or written-to store: the same filters and order as the static one, computed
    /// from the jobs as they are now (no cached order: statuses change, jobs appear and go).
    /// With accepted writes the jobs are those of the store (or live store) after the ledger.
    func listLiveJobs(_ query: JobListQuery, live: LiveJobStore?) -> (EmulatorResponse, Payload) {
        let nowMS = now()
        var jobs = live?.jobs(at: nowMS) ?? store.jobs(at: nowMS)
        var names = live?.lowercasedNames(at: nowMS) ?? store.lowercasedNames
        if writes.touchesV1 {
            let ledger = writes.read { $0 }
            var (keptJobs, keptNames): ([TrainingJob], [String]) = ([], [])
            for (job, name) in zip(jobs, names) {
                if let written = applyWrites(ledger, to: job, at: nowMS) {
                    keptJobs.append(written)
                    keptNames.append(name)
                }
            }
            (jobs, names) = (keptJobs, keptNames)
        }
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
            totalCount: matches.count, countLimit: max(0, 1000 - jobs.count),
            quotas: LiveJobStore.quotas(of: jobs), jobs: slice)
        return (EmulatorReply.json(200, page), .page(page))
    }

    /// A job as of `nowMS`, from the live store when there is one, with the accepted writes applied.
    func currentJob(_ id: JobID, at nowMS: Int64) -> TrainingJob? {
        guard let job = baseJob(id, at: nowMS) else { return nil }
        guard writes.touchesV1 else { return job }
        return applyWrites(writes.read { $0 }, to: job, at: nowMS)
    }

    /// A job's versions as of `nowMS`, from the live store when there is one, with the accepted writes applied.
    func currentVersions(of id: JobID, at nowMS: Int64) -> [JobVersion]? {
        guard writes.touchesV1 else {
            return live.map { $0.versions(for: id, at: nowMS) } ?? store.versions(for: id, at: nowMS)
        }
        return versions(of: id, at: nowMS, ledger: writes.read { $0 })
    }

    private func baseJob(_ id: JobID, at nowMS: Int64) -> TrainingJob? {
        live.map { $0.job(id, at: nowMS) } ?? store.job(id, at: nowMS)
    }

    /// `job` after the ledger's stops and deletes: nil when deleted (or every version is); a stopped
    /// current version gives code 9 then 12; a deleted current version hands over to the next one.
    func applyWrites(_ ledger: WriteLedger.State, to job: TrainingJob, at nowMS: Int64) -> TrainingJob? {
        guard case .number(let number) = job.id else { return job }
        guard !ledger.v1DeletedJobs.contains(number) else { return nil }
        var job = Self.stopped(job, ledger.v1Stops[job.versionID], at: nowMS)
        if let gone = ledger.v1DeletedVersions[number], !gone.isEmpty {
            guard let versions = versions(of: job.id, at: nowMS, ledger: ledger), let newest = versions.first else {
                return nil
            }
            job.versionCount = Int64(versions.count)
            if gone.contains(job.versionID) {
                job.versionID = newest.versionID
                job.status = newest.status ?? job.status
                job.durationMS = newest.durationMS ?? 0
            }
        }
        return job
    }

    private func versions(of id: JobID, at nowMS: Int64, ledger: WriteLedger.State) -> [JobVersion]? {
        guard let base = baseJob(id, at: nowMS), case .number(let number) = base.id,
            !ledger.v1DeletedJobs.contains(number)
        else { return nil }
        let job = Self.stopped(base, ledger.v1Stops[base.versionID], at: nowMS)
        guard var versions = store.versions(of: job) else { return nil }
        if let live, !versions.isEmpty, let start = live.timeline(of: id)?.runStartMS {
            versions[0].startTimeMS = start <= nowMS ? start : nil
        }
        let gone = ledger.v1DeletedVersions[number] ?? []
        versions.removeAll { gone.contains($0.versionID) }
        return versions.isEmpty ? nil : versions
    }

    /// A job whose current version was stopped: Stopping (9) until the stop settles, then Stopped (12),
    /// its duration growing until then if it was running.
    static func stopped(_ job: TrainingJob, _ stop: WriteLedger.Stop?, at nowMS: Int64) -> TrainingJob {
        guard let stop, stop.atMS <= nowMS else { return job }
        var job = job
        job.status = .code(nowMS >= stop.settleMS ? 12 : 9)
        job.durationMS = stop.durationAtStopMS + (stop.wasRunning ? min(nowMS, stop.settleMS) - stop.atMS : 0)
        return job
    }
}
