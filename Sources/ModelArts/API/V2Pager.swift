/// Pages a v2 search correctly whichever way the server reads `offset` and `count`: it probes once
/// per connection (`V2PagingProbe`), caches what it learnt, maps each 1-based page to the right wire
/// offset, and reports the matching total only as far as `count` can be trusted. Concurrent callers
/// share one probe. The HTTP client and the in-process test API each hold one.
public actor V2Pager {
    /// Sends one search for `query` at wire `offset` and decodes the answer.
    public typealias Search =
        @Sendable (_ query: V2ListQuery, _ offset: Int) async throws(APIError) ->
        V2Wire
        .SearchAnswer

    private let search: Search
    private var offset: V2Paging.Offset?
    private var count: V2Paging.Count?
    private var probe: Task<Result<V2PagingProbe.Outcome, APIError>, Never>?

    public init(search: @escaping Search) {
        self.search = search
    }

    /// What has been learnt so far (nil: not yet known), for tests and the log.
    public var readings: (offset: V2Paging.Offset?, count: V2Paging.Count?) { (offset, count) }

    /// One page of `query`.
    public func page(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        var answer: V2Wire.SearchAnswer
        if query.page == 1 {
            // Offset 0 is the first page under both readings: no probe needed.
            answer = try await search(query, 0)
        } else {
            switch try await offsetReading() {
            case .decided(let reading):
                answer = try await search(query, reading.wireOffset(for: query))
            case .tooFewJobs:
                answer = try await search(query, V2Paging.Offset.page.wireOffset(for: query))
            case .unstable:
                answer = try await oneByOne(query)
            }
        }
        if query.isUnfiltered, count == nil {
            count = V2Paging.countReading(items: answer.jobs.count, count: answer.count, total: answer.total)
        }
        if count == nil, answer.jobs.count >= query.limit {
            // A full page whose count cannot be judged: one small unfiltered look decides (once).
            try await learnCount()
        }
        var page = JobListPage(
            totalCount: V2Paging.totalCount(
                query: query, items: answer.jobs.count, count: answer.count, reading: count),
            countLimit: 0, quotas: 0, jobs: answer.jobs)
        page.rawJobs = answer.rawJobs
        return page
    }

    /// The cached reading, or the probe's outcome (shared by callers arriving while it runs).
    private func offsetReading() async throws(APIError) -> V2PagingProbe.Outcome {
        if let offset { return .decided(offset) }
        let task: Task<Result<V2PagingProbe.Outcome, APIError>, Never>
        if let probe {
            task = probe
        } else {
            let search = self.search
            task = Task {
                do throws(APIError) {
                    let result = try await V2PagingProbe.run { offset throws(APIError) in
                        try await Self.sample(search, offset: offset)
                    }
                    await self.learnt(count: result.count)
                    return .success(result.outcome)
                } catch {
                    return .failure(error)
                }
            }
            probe = task
        }
        let outcome = await task.value
        probe = nil
        let result = try outcome.get()
        if case .decided(let reading) = result { offset = reading }
        return result
    }

    private func learnt(count reading: V2Paging.Count?) {
        if count == nil { count = reading }
    }

    private func learnCount() async throws(APIError) {
        let first = try await Self.sample(search, offset: 0)
        count = count ?? V2Paging.countReading(items: first.ids.count, count: first.count, total: first.total)
        // An account whose jobs all fit on the probe's page cannot tell; the docs' reading stands.
        if count == nil, let total = first.total, total <= first.ids.count { count = .matching }
    }

    /// A page fetched one job at a time: with `limit` 1 a page index and a record offset are the
    /// same number, so this is right under either reading (slow; only while the probe cannot decide).
    private func oneByOne(_ query: V2ListQuery) async throws(APIError) -> V2Wire.SearchAnswer {
        var jobs: [TrainingJob] = []
        var raw = RawJobs()
        var last: V2Wire.SearchAnswer?
        let single = try Self.built { () throws(QueryError) in try query.with(page: 1, limit: 1) }
        for index in 0..<query.limit {
            let answer = try await search(single, query.recordsBefore + index)
            last = answer
            guard let job = answer.jobs.first else { break }
            jobs.append(job)
            raw = raw.merged(with: answer.rawJobs)
        }
        return V2Wire.SearchAnswer(jobs: jobs, rawJobs: raw, count: last?.count, total: last?.total)
    }

    /// The probe's request: the first jobs, unfiltered, oldest first, two at a time.
    private static func sample(_ search: Search, offset: Int) async throws(APIError) -> V2PagingProbe.Sample {
        let probeQuery = try built { () throws(QueryError) in
            try V2ListQuery(limit: V2PagingProbe.pageSize, order: .asc)
        }
        let answer = try await search(probeQuery, offset)
        return .init(ids: answer.jobs.map(\.id.description), count: answer.count, total: answer.total)
    }

    /// A query built in code from valid parts; a refusal would be a bug, reported as an invalid request.
    private static func built(_ make: () throws(QueryError) -> V2ListQuery) throws(APIError) -> V2ListQuery {
        do {
            return try make()
        } catch {
            throw .invalidRequest(error.description)
        }
    }
}
