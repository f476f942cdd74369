import ModelArts

/// Builds one page of a status-group list from single-code v1 queries: the first `page * perPage`
/// items of every code (fetched in chunks of at most 1000) hold the first `page * perPage` items of
/// the merged list, so merging them in `JobOrdering` and slicing gives the exact page.
public enum GroupPageMerger {
    /// The merged page `g.page`, with `totalCount` the sum of every code's total.
    public static func fetchMergedPage(
        _ g: GroupQuery, fetch: @escaping @Sendable (JobListQuery) async throws(APIError) -> JobListPage
    ) async throws(APIError) -> JobListPage {
        let wanted = g.page * g.perPage
        let results: [CodeResult]
        do {
            results = try await withThrowingTaskGroup(of: CodeResult.self) { group in
                for (position, code) in g.codes.enumerated() {
                    group.addTask { try await fetchTop(wanted, of: code, position: position, in: g, fetch: fetch) }
                }
                var collected: [CodeResult] = []
                for try await result in group { collected.append(result) }
                return collected
            }
        } catch let error as APIError {
            throw error
        } catch is CancellationError {
            throw .cancelled
        } catch {
            throw .invalidRequest(String(describing: error))
        }
        let ordered = results.sorted { $0.position < $1.position }
        let merged = ordered.flatMap(\.jobs).sorted {
            JobOrdering.precedes($0, $1, by: g.sortBy, order: g.order)
        }
        let start = min(merged.count, (g.page - 1) * g.perPage)
        let end = min(merged.count, start + g.perPage)
        let first = ordered.first
        return JobListPage(
            totalCount: ordered.reduce(0) { $0 + $1.total }, countLimit: first?.countLimit ?? 0,
            quotas: first?.quotas ?? 0, jobs: Array(merged[start..<end]))
    }

    struct CodeResult: Sendable {
        var position: Int
        var total: Int
        var countLimit: Int
        var quotas: Int
        var jobs: [TrainingJob]
    }

    /// The first `wanted` items of one code, in as few requests as the 1000-per-page limit allows.
    static func fetchTop(
        _ wanted: Int, of code: Int, position: Int, in g: GroupQuery,
        fetch: @Sendable (JobListQuery) async throws(APIError) -> JobListPage
    ) async throws(APIError) -> CodeResult {
        let chunk = min(JobListQuery.perPageRange.upperBound, max(1, wanted))
        var result = CodeResult(position: position, total: 0, countLimit: 0, quotas: 0, jobs: [])
        var page = 1
        while true {
            let query: JobListQuery
            do { query = try g.query(status: code, perPage: chunk, page: page) } catch {
                throw .invalidRequest(error.description)
            }
            let answer = try await fetch(query)
            if page == 1 {
                result.total = answer.totalCount
                result.countLimit = answer.countLimit
                result.quotas = answer.quotas
            }
            result.jobs.append(contentsOf: answer.jobs)
            let done = answer.jobs.count < chunk || result.jobs.count >= min(wanted, result.total)
            if done || page >= Paging.maxPage { break }
            page += 1
        }
        if result.jobs.count > wanted { result.jobs.removeLast(result.jobs.count - wanted) }
        return result
    }
}
