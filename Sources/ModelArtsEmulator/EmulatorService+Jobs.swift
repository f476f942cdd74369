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
        if live != nil || writes.touchesV1 { return listLiveJobs(query, live: live) }
        let nowMS = now()
        let matches = matching(query, nowMS: nowMS)
        let start = (query.page - 1) * query.perPage
        // Only the page's own jobs are built (with running durations as of now), not the whole store.
        let slice =
            start < matches.count
            ? matches[start..<min(start + query.perPage, matches.count)].map {
                JobStore.view(store.records[$0], at: nowMS)
            }
            : []
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

    /// Store indices of the jobs the query selects, in list order: status code, case-insensitive name
    /// substring (UTF-8 bytes of the lowercased name), workspace "0".
    func matching(_ query: JobListQuery, nowMS: Int64) -> [Int] {
        if let workspace = query.workspaceID, workspace != "0" { return [] }
        let order = sortOrder(query.sortBy, query.order, nowMS: nowMS)
        let needle = query.searchContent.lowercased()
        guard !needle.isEmpty || query.status != nil else { return order }
        let index = store.listIndex
        let names = needle.isEmpty ? nil : index.nameMask(containing: needle)
        let status = query.status ?? 0
        let codes = index.statusCodes
        return order.filter { i in (query.status == nil || codes[i] == status) && (names?[i] ?? true) }
    }

    /// Store indices in list order. Orders by fields that never change are computed once per
    /// (field, order) and kept, so a store of 100 000 jobs pages quickly. Duration changes with the
    /// clock, but only for running jobs, whose order among themselves is fixed (by start time): the
    /// two fixed orders are kept and merged per request, O(n) instead of a sort.
    func sortOrder(_ field: SortField, _ order: SortOrder, nowMS: Int64) -> [Int] {
        guard field == .duration else {
            return cachedOrder("\(field.rawValue) \(order.rawValue)") {
                Self.sortedIndices(store.jobs, by: field, order)
            }
        }
        let records = store.records
        let ascending = order == .asc
        let fixed = cachedOrder("duration-fixed \(order.rawValue)") {
            Self.sortedIndices(store.jobs, by: .duration, order).filter { records[$0].runningSinceMS == nil }
        }
        // Running: duration = now - since, so ascending duration is descending start time.
        let running = cachedOrder("duration-running \(order.rawValue)") {
            records.indices.filter { records[$0].runningSinceMS != nil }.sorted { a, b in
                let (sa, sb) = (records[a].runningSinceMS ?? 0, records[b].runningSinceMS ?? 0)
                if sa != sb { return ascending ? sa > sb : sa < sb }
                return records[a].job.id < records[b].job.id
            }
        }
        if let latest = running.last.flatMap({ records[$0].runningSinceMS }),
            let earliest = running.first.flatMap({ records[$0].runningSinceMS }), max(latest, earliest) > nowMS
        {
            // A clock before a start would clamp durations to 0 and break the fixed order: sort afresh.
            return Self.sortedIndices(store.jobs(at: nowMS), by: .duration, order)
        }
        func key(_ i: Int) -> Int64 { records[i].runningSinceMS.map { nowMS - $0 } ?? records[i].job.durationMS }
        func before(_ a: Int, _ b: Int) -> Bool {
            let (ka, kb) = (key(a), key(b))
            if ka != kb { return ascending ? ka < kb : ka > kb }
            return records[a].job.id < records[b].job.id
        }
        var merged: [Int] = []
        merged.reserveCapacity(fixed.count + running.count)
        var (f, r) = (0, 0)
        while f < fixed.count && r < running.count {
            if before(running[r], fixed[f]) {
                merged.append(running[r])
                r += 1
            } else {
                merged.append(fixed[f])
                f += 1
            }
        }
        merged += fixed[f...]
        merged += running[r...]
        return merged
    }

    private func cachedOrder(_ key: String, _ make: () -> [Int]) -> [Int] {
        if let cached = sortCache.withLock({ $0[key] }) { return cached }
        let indices = make()
        sortCache.withLock { $0[key] = indices }
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
        guard let number = Int64(jobID), let job = currentJob(.number(number), at: nowMS),
            var versions = currentVersions(of: .number(number), at: nowMS)
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
