import ModelArts

extension EmulatorService {
    /// The v2 routes (contract §2, §5, §9), or nil when the method and path are none of them.
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
            total: v2Store.count, count: count, limit: query.limit, offset: query.offset,
            order: query.ascending ? "asc" : "desc", groupBy: query.groupBy, workspaceID: query.workspaceID,
            items: indices.map { v2Store.response($0, at: nowMS, detail: false) })
        return (EmulatorReply.json(200, page), .v2(.search))
    }

    /// How many jobs match, and the store indices of the requested page, in list order. Without
    /// filters the page is cut straight from the creation order; with them one pass over precomputed
    /// phase bits and name masks (one `memchr` sweep per needle) counts and picks.
    func v2Matches(_ query: V2SearchQuery, at nowMS: Int64) -> (count: Int, page: [Int]) {
        let store = v2Store
        guard query.workspaceID == "0" else { return (0, []) }
        let first = configuration.v2Offset.firstRecord(offset: query.offset, limit: query.limit) ?? Int.max
        let wanted = first..<(first.addingReportingOverflow(query.limit).overflow ? Int.max : first + query.limit)
        func position(_ rank: Int, of n: Int) -> Int { query.ascending ? rank : n - 1 - rank }
        if query.ids == nil, query.phaseMask == nil, query.nameNeedles.isEmpty {
            let n = store.count
            let ranks = wanted.clamped(to: 0..<n)
            return (n, ranks.map { position($0, of: n) })
        }
        let candidates: [Int] = query.ids.map { ids in ids.compactMap(store.index(of:)).sorted() } ?? []
        let masks = query.nameNeedles.map { store.names.mask(containing: $0) }
        let bits = store.phaseBits(at: nowMS)
        let phaseMask = query.phaseMask ?? 0xFF
        func matches(_ i: Int) -> Bool {
            (bits[i] & phaseMask) != 0 && masks.allSatisfy { $0[i] }
        }
        let n = query.ids == nil ? store.count : candidates.count
        var count = 0
        var page: [Int] = []
        for rank in 0..<n {
            let p = position(rank, of: n)
            let i = query.ids == nil ? p : candidates[p]
            guard matches(i) else { continue }
            if wanted.contains(count) { page.append(i) }
            count += 1
        }
        return (count, page)
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
