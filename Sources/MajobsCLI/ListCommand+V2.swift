import JobBrowser
import ModelArts

extension ListCommand {
    /// The most jobs a sort other than by creation time fetches to sort locally (v2 sorts only by
    /// `create_time` on the server): 40 requests of 50, a few seconds; beyond it the sort is refused.
    static let localSortLimit = 2000
    /// Requests in flight while fetching every job for a local sort.
    static let localSortConcurrency = 4

    /// A v2 listing: the server's pages streamed (each job once: a job seen on an earlier page is not
    /// written again), or every matching job fetched, sorted locally and cut to the asked page.
    func listV2(_ plan: V2ListPlan, api: any JobsAPI, output: ListOutput) async throws {
        guard let field = plan.localSort else {
            var seen = Set<JobID>()
            try await PageWalk.run(from: .v2(plan.query), api: api, maxPages: all ? .max : 1) { _, page in
                output.begin(api: .v2)
                var fresh = page
                fresh.jobs = page.jobs.filter { seen.insert($0.id).inserted }
                output.write(fresh)
            }
            return
        }
        var whole = try await Self.fetchAllV2(plan.query, api: api, limit: Self.localSortLimit, flag: field.shortName)
        whole.jobs.sort { JobOrdering.precedes($0, $1, by: field, order: plan.order) }
        output.begin(api: .v2)
        output.note(
            "sorted locally by \(field.shortName): v2 sorts only by creation time (\(whole.jobs.count) jobs)")
        if !all {
            let start = min(whole.jobs.count, plan.query.recordsBefore)
            whole.jobs = Array(whole.jobs[start..<min(whole.jobs.count, start + plan.query.limit)])
        }
        output.write(whole)
    }

    /// Every job `query`'s filters match, each once, 50 a time with a few requests in flight; refused
    /// (a usage error) when more than `limit` match. Pages after the count's last are asked for until
    /// a short one, so a count that is only a lower bound still gets every job.
    static func fetchAllV2(
        _ query: V2ListQuery, api: any JobsAPI, limit: Int, flag: String
    ) async throws -> JobListPage {
        let size = V2ListQuery.limitRange.upperBound
        let base = try query.with(page: 1, limit: size)
        let first = try await api.listV2Jobs(base)
        func refuse(_ count: Int) -> ListUsageError {
            ListUsageError(
                description: "--sort \(flag) on v2 sorts locally, at most \(limit) jobs, and \(count)+ match: "
                    + "use --sort created or narrow the query with --search or --status")
        }
        guard first.totalCount <= limit else { throw refuse(first.totalCount) }
        var pages: [Int: JobListPage] = [1: first]
        if first.jobs.count == size {
            let last = (first.totalCount + size - 1) / size
            try await withThrowingTaskGroup(of: (Int, JobListPage).self) { group in
                var next = 2
                var inFlight = 0
                while next <= last || inFlight > 0 {
                    while next <= last && inFlight < localSortConcurrency {
                        let (number, query) = (next, try base.onPage(next))
                        group.addTask { (number, try await api.listV2Jobs(query)) }
                        next += 1
                        inFlight += 1
                    }
                    if let (number, page) = try await group.next() { pages[number] = page }
                    inFlight -= 1
                }
            }
            var number = max(1, last)
            while let page = pages[number], page.jobs.count == size {
                number += 1
                guard number * size <= limit + size else { throw refuse(number * size) }
                pages[number] = try await api.listV2Jobs(try base.onPage(number))
            }
        }
        var seen = Set<JobID>()
        var merged = JobListPage(totalCount: 0, countLimit: 0, quotas: 0, jobs: [])
        for number in pages.keys.sorted() {
            guard let page = pages[number] else { continue }
            merged.jobs += page.jobs.filter { seen.insert($0.id).inserted }
            merged.rawJobs = merged.rawJobs.merged(with: page.rawJobs)
        }
        guard merged.jobs.count <= limit else { throw refuse(merged.jobs.count) }
        merged.totalCount = merged.jobs.count
        return merged
    }
}
