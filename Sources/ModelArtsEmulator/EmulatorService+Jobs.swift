import ModelArts

extension EmulatorService {
    /// `GET /v1/{project_id}/training-jobs`, as documented: defaults per_page 10, page 1, sortBy job_name
    /// (`sort_by` accepted too), order asc; `status` is one code; `search_content` is a case-insensitive
    /// substring of the name; `workspace_id` other than "0" has no jobs (every emulated job is in the
    /// default workspace). Sorting is by the field, ties broken by `job_id` ascending in both orders, so
    /// pages never overlap or skip. Names and descriptions compare in Unicode code point (UTF-8 byte) order.
    func listJobs(_ request: EmulatorRequest) -> (EmulatorResponse, Payload) {
        let query: JobListQuery
        do {
            query = try JobListQuery(wireParameters: PercentEncoding.parseQuery(request.rawQuery[...]))
        } catch {
            return (Self.queryRefusal(error), .none)
        }
        let jobs = store.jobs(at: now())
        let matches = matching(query, jobs)
        let start = (query.page - 1) * query.perPage
        let slice = start < matches.count ? Array(matches[start..<min(start + query.perPage, matches.count)]) : []
        let page = JobListPage(
            totalCount: matches.count, countLimit: store.jobCountLimit, quotas: store.quotas, jobs: slice)
        return (EmulatorReply.json(200, page), .page(page))
    }

    /// 0101 "Invalid Argument" for values that do not parse, 0104 "Parameter error" for values out of range.
    /// Messages name the wire parameter (the client's QueryError speaks the CLI's words).
    static func queryRefusal(_ error: QueryError) -> EmulatorResponse {
        switch error {
        case .invalidSort(let s):
            let names = SortField.allCases.map(\.wireName).joined(separator: ", ")
            return EmulatorReply.v1Error(
                400, "ModelArts.0101", "Invalid Argument: sortBy '\(s)' is not one of \(names)")
        case .invalidStatus(let s):
            return EmulatorReply.v1Error(400, "ModelArts.0101", "Invalid Argument: status '\(s)' is not a status code")
        case .notANumber, .invalidOrder:
            return EmulatorReply.v1Error(400, "ModelArts.0101", "Invalid Argument: \(error)")
        case .outOfRange, .searchTooLong, .invalidWorkspace:
            return EmulatorReply.v1Error(400, "ModelArts.0104", "Parameter error: \(error)")
        }
    }

    /// The jobs the query selects, in list order: status code, case-insensitive name substring,
    /// workspace "0".
    func matching(_ query: JobListQuery, _ jobs: [TrainingJob]) -> [TrainingJob] {
        if let workspace = query.workspaceID, workspace != "0" { return [] }
        let needle = query.searchContent.lowercased()
        let status = query.status.map(JobStatus.code)
        let names = store.lowercasedNames
        return sortOrder(query.sortBy, query.order, jobs).compactMap { i in
            if let status, jobs[i].status != status { return nil }
            return needle.isEmpty || names[i].contains(needle) ? jobs[i] : nil
        }
    }

    /// Job indices in list order. Orders by fields that never change are computed once per
    /// (field, order) and kept, so a store of 100 000 jobs pages quickly; duration changes with the clock.
    func sortOrder(_ field: SortField, _ order: SortOrder, _ jobs: [TrainingJob]) -> [Int] {
        let key = "\(field.rawValue) \(order.rawValue)"
        if field != .duration, let cached = sortCache.withLock({ $0[key] }) { return cached }
        let indices = Self.sortedIndices(jobs, by: field, order)
        if field != .duration { sortCache.withLock { $0[key] = indices } }
        return indices
    }

    static func sorted(_ jobs: [TrainingJob], by field: SortField, _ order: SortOrder) -> [TrainingJob] {
        sortedIndices(jobs, by: field, order).map { jobs[$0] }
    }

    /// Sorts by precomputed keys (byte arrays for text, integers otherwise): ties by job_id ascending.
    static func sortedIndices(_ jobs: [TrainingJob], by field: SortField, _ order: SortOrder) -> [Int] {
        let ids = jobs.map(\.id)
        func byKey<K>(_ keys: [K], _ less: (K, K) -> Bool, _ equal: (K, K) -> Bool) -> [Int] {
            Array(jobs.indices).sorted { a, b in
                if !equal(keys[a], keys[b]) { return order == .asc ? less(keys[a], keys[b]) : less(keys[b], keys[a]) }
                return ids[a] < ids[b]
            }
        }
        switch field {
        case .name, .description:
            let keys = jobs.map { Array((field == .name ? $0.name : $0.description).utf8) }
            return byKey(keys, { $0.lexicographicallyPrecedes($1) }, ==)
        case .status: return byKey(jobs.map { Int64($0.status.code ?? -1) }, <, ==)
        case .duration: return byKey(jobs.map(\.durationMS), <, ==)
        case .versions: return byKey(jobs.map(\.versionCount), <, ==)
        case .created: return byKey(jobs.map(\.createTimeMS), <, ==)
        }
    }

    /// `GET /v1/{project_id}/training-jobs/{job_id}/versions?per_page=&page=`: newest version first;
    /// page 0 (the default) returns every version, otherwise per_page (default 10, 1...1000) per page.
    /// An unknown or non-numeric job id is `400 ModelArts.2775`.
    func listVersions(_ request: EmulatorRequest, jobID: String) -> (EmulatorResponse, Payload) {
        let items = PercentEncoding.parseQuery(request.rawQuery[...])
        func int(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) -> Result<Int, QueryError> {
            guard let text = items.first(where: { $0.0 == key })?.1, !text.isEmpty else { return .success(fallback) }
            guard let n = Int(text) else { return .failure(.notANumber(parameter: key, value: text)) }
            return range.contains(n) ? .success(n) : .failure(.outOfRange(parameter: key, value: text, range: range))
        }
        let perPage: Int, page: Int
        switch (int("per_page", 10, 1...1000), int("page", 0, 0...65535)) {
        case (.success(let pp), .success(let p)): (perPage, page) = (pp, p)
        case (.failure(let e), _), (_, .failure(let e)): return (Self.queryRefusal(e), .none)
        }
        let nowMS = now()
        guard let number = Int64(jobID), let job = store.job(.number(number), at: nowMS),
              var versions = store.versions(for: .number(number), at: nowMS)
        else {
            return (EmulatorReply.v1Error(400, "ModelArts.2775", "Training job not found"), .none)
        }
        if page > 0 {
            let start = (page - 1) * perPage
            versions = start < versions.count ? Array(versions[start..<min(start + perPage, versions.count)]) : []
        }
        let list = JobVersionList(
            jobID: job.id, jobName: job.name, jobDescription: job.description, versionCount: job.versionCount,
            versions: versions)
        return (EmulatorReply.json(200, list), .versions(list))
    }
}
