import ModelArts

extension EmulatorService {
    /// The v2 routes (contract §2, §5, §6, §7, §8, §9), or nil when the method and path are none of them.
    func routeV2(
        _ request: EmulatorRequest, method: String, segments: [String], requestID: String, note: inout Note
    ) -> (EmulatorResponse, Payload)? {
        let handler: () -> (EmulatorResponse, Payload)
        switch (method, segments.count) {
        case ("POST", 3) where segments[2] == "training-job-searches":
            handler = { self.searchV2(request) }
        case ("GET", 4) where segments[2] == "training-jobs":
            handler = { self.showV2(jobID: segments[3]) }
        case ("GET", 5) where segments[2] == "training-jobs" && segments[4] == "events":
            handler = { self.eventsV2(request, jobID: segments[3]) }
        case ("GET", 8)
        where segments[2] == "training-jobs" && segments[4] == "tasks" && segments[6] == "logs"
            && segments[7] == "preview":
            handler = { self.previewV2(jobID: segments[3], task: segments[5]) }
        case ("GET", 6) where segments[2] == "training-jobs" && segments[4] == "logs":
            handler = { self.logLinesV2(request, jobID: segments[3], task: segments[5]) }
        case ("POST", 5) where segments[2] == "training-jobs" && segments[4] == "actions":
            handler = { self.terminateV2(request, jobID: segments[3]) }
        case ("DELETE", 4) where segments[2] == "training-jobs":
            handler = { self.deleteV2(jobID: segments[3]) }
        default:
            return nil
        }
        if let denied = authenticate(request, projectID: segments[1], requestID: requestID, note: &note, v2: true) {
            return (denied, .none)
        }
        return handler()
    }

    /// `POST /v2/{project_id}/training-job-searches`: one page of the jobs matching the body's filters,
    /// newest first unless `order` is asc; `offset` as `configuration.v2Offset` says.
    func searchV2(_ request: EmulatorRequest) -> (EmulatorResponse, Payload) {
        let query: V2SearchQuery
        do {
            query = try V2SearchQuery(body: request.body)
        } catch {
            return (EmulatorReply.v2Error(400, error.code, error.message), .none)
        }
        let nowMS = now()
        let (count, indices) = v2Matches(query, at: nowMS)
        let page = V2JobSearchPage(
            total: v2Store.count - v2Store.writes.v2DeletedCount, count: count, limit: query.limit,
            offset: query.offset,
            order: query.ascending ? "asc" : "desc", groupBy: query.groupBy, workspaceID: query.workspaceID,
            items: indices.map { v2Store.response($0, at: nowMS, detail: false) })
        return (EmulatorReply.json(200, page), .v2(.search))
    }

    /// How many jobs match, and the store indices of the requested page, in list order. Without
    /// filters the page is cut straight from the creation order; an `id` filter checks only its jobs;
    /// other filters take one pass over precomputed phase bits and name masks (one `memchr` sweep per
    /// needle), whose result is kept for the next pages of the same search (`v2MatchCache`).
    func v2Matches(_ query: V2SearchQuery, at nowMS: Int64) -> (count: Int, page: [Int]) {
        let store = v2Store
        guard query.workspaceID == "0" else { return (0, []) }
        let first = configuration.v2Offset.firstRecord(offset: query.offset, limit: query.limit) ?? Int.max
        let wanted = first..<(first.addingReportingOverflow(query.limit).overflow ? Int.max : first + query.limit)
        let matches: [Int]
        let written = store.writes.touchesV2
        if query.ids == nil, query.phaseMask == nil, query.nameNeedles.isEmpty, !written {
            let n = store.count
            let ranks = wanted.clamped(to: 0..<n)
            return (n, ranks.map { query.ascending ? $0 : n - 1 - $0 })
        } else if let ids = query.ids {
            let bits = store.phaseBits(at: nowMS)
            let needles = query.nameNeedles.map { Array($0.utf8) }
            matches = ids.compactMap(store.index(of:)).sorted().filter { i in
                (bits[i] & (query.phaseMask ?? 0xFF)) != 0 && needles.allSatisfy { store.names.name(i, contains: $0) }
            }
        } else {
            matches = filteredV2(query, at: nowMS)
        }
        let n = matches.count
        return (n, wanted.clamped(to: 0..<n).map { matches[query.ascending ? $0 : n - 1 - $0] })
    }

    /// Store indices (ascending) of the jobs that pass the phase and name filters. A standing store's
    /// answers are kept (a bounded number): paging through one search then costs only the slice.
    private func filteredV2(_ query: V2SearchQuery, at nowMS: Int64) -> [Int] {
        let store = v2Store
        // Length-prefixed needles: no two different searches share a key, whatever the text holds.
        let key = "\(query.phaseMask ?? 0xFF)" + query.nameNeedles.map { "|\($0.utf8.count):\($0)" }.joined()
        // Answers are kept only while the store stands still: neither live nor written to.
        let standing = !store.isLive && !store.writes.touchesV2
        if standing, let kept = v2MatchCache.withLock({ $0[key] }) { return kept }
        let deleted = store.writes.read(\.v2Deleted)
        let masks = query.nameNeedles.map { store.names.mask(containing: $0) }
        let bits = store.phaseBits(at: nowMS)
        let phaseMask = query.phaseMask ?? 0xFF
        var matches: [Int] = []
        for i in 0..<store.count
        where (bits[i] & phaseMask) != 0 && masks.allSatisfy({ $0[i] }) && !deleted.contains(i) {
            matches.append(i)
        }
        if standing {
            v2MatchCache.withLock { cache in
                // Bounded (128 searches, 2 million indices, 16 MB): an entry goes to make room for the new one.
                while !cache.isEmpty,
                    cache.count >= 128 || cache.values.reduce(matches.count, { $0 + $1.count }) > 2_000_000
                {
                    cache.remove(at: cache.startIndex)
                }
                cache[key] = matches
            }
        }
        return matches
    }

    /// `GET /v2/{project_id}/training-jobs/{id}`: the whole job, or 400 `ModelArts.2775`.
    func showV2(jobID: String) -> (EmulatorResponse, Payload) {
        guard let index = v2Store.index(of: jobID) else { return (Self.v2NotFound(jobID), .none) }
        return (EmulatorReply.json(200, v2Store.response(index, at: now(), detail: true)), .v2(.job))
    }

    /// The documented not-found answer: 400, not 404 (contract §1.1, U9).
    static func v2NotFound(_ jobID: String) -> EmulatorResponse {
        EmulatorReply.v2Error(
            400, "ModelArts.2775", "Training job (ID: \(OneLine.clean(jobID, limit: 64))) not found.",
            solution: "Check whether the training job information in the request is valid.")
    }
}
