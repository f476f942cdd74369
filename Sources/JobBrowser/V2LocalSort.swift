import ModelArts
import Synchronization

/// Collects every job of a v2 search (at most `V2LocalSortQuery.bound`), a few server pages at a time,
/// for a local sort. The last collection is kept, so paging through a sorted list fetches nothing more;
/// starting a collection for another search makes one still running stop at its next page.
public final class V2LocalSort: Sendable {
    /// Every job of one search, deduplicated by id, with the items' JSON as received.
    public struct Collection: Hashable, Sendable {
        public var jobs: [TrainingJob]
        public var raw: RawJobs

        public init(jobs: [TrainingJob], raw: RawJobs = RawJobs()) {
            self.jobs = jobs
            self.raw = raw
        }
    }

    private struct Memo {
        var wanted: V2LocalSortQuery.CollectionKey?
        var done: (key: V2LocalSortQuery.CollectionKey, collection: Collection)?
    }

    private let memo = Mutex(Memo())

    public init() {}

    /// The one the browser uses (one table, so one collection at a time).
    public static let shared = V2LocalSort()

    /// The page `query` asks for, collecting the search's jobs first unless the last collection was this one.
    public func page(_ query: V2LocalSortQuery, api: any JobsAPI) async throws(APIError) -> JobListPage {
        let key = query.collectionKey
        let cached: Collection? = memo.withLock { m in
            m.wanted = key
            return m.done?.key == key ? m.done?.collection : nil
        }
        if let cached { return query.page(of: cached) }
        let collection = try await collect(key, api: api)
        memo.withLock { $0.done = (key, collection) }
        return query.page(of: collection)
    }

    /// Fetches page 1 for the count, then the rest `concurrency` at a time; refuses a count above the bound.
    func collect(_ key: V2LocalSortQuery.CollectionKey, api: any JobsAPI) async throws(APIError) -> Collection {
        let first = try await api.listV2Jobs(key.search)
        let count = first.totalCount
        guard count <= V2LocalSortQuery.bound else { throw Self.tooMany(count) }
        let limit = key.search.limit
        var pages: [Int: JobListPage] = [1: first]
        var next = 2
        var lastPage = max(1, (count + limit - 1) / limit)
        while next <= lastPage {
            try checkStillWanted(key)
            let batch = Array(next...min(lastPage, next + V2LocalSortQuery.concurrency - 1))
            for (n, page) in try await fetchBatch(batch, key: key, api: api) { pages[n] = page }
            next = (batch.last ?? next) + 1
            // A server whose `count` is only a lower bound: one more page while the last one came back full.
            if next > lastPage, pages[lastPage]?.jobs.count == limit { lastPage += 1 }
            if (lastPage - 1) * limit >= V2LocalSortQuery.bound + limit { throw Self.tooMany((lastPage - 1) * limit) }
        }
        var seen = Set<JobID>()
        var jobs: [TrainingJob] = []
        var raw = RawJobs()
        for n in pages.keys.sorted() {
            guard let page = pages[n] else { continue }
            raw = raw.merged(with: page.rawJobs)
            for job in page.jobs where seen.insert(job.id).inserted { jobs.append(job) }
        }
        return Collection(jobs: jobs, raw: raw)
    }

    private func fetchBatch(
        _ numbers: [Int], key: V2LocalSortQuery.CollectionKey, api: any JobsAPI
    ) async throws(APIError) -> [(Int, JobListPage)] {
        let result = await withTaskGroup(of: (Int, Result<JobListPage, APIError>).self) { group in
            for n in numbers {
                group.addTask {
                    do throws(APIError) {
                        let query = try Self.onPage(key.search, n)
                        return (n, .success(try await api.listV2Jobs(query)))
                    } catch {
                        return (n, .failure(error))
                    }
                }
            }
            var out: [(Int, Result<JobListPage, APIError>)] = []
            for await answer in group { out.append(answer) }
            return out.sorted { $0.0 < $1.0 }
        }
        var pages: [(Int, JobListPage)] = []
        for (n, answer) in result {
            switch answer {
            case .success(let page): pages.append((n, page))
            case .failure(let error): throw error
            }
        }
        return pages
    }

    private func checkStillWanted(_ key: V2LocalSortQuery.CollectionKey) throws(APIError) {
        let wanted = memo.withLock { $0.wanted }
        // The reducer drops the answer of a replaced query anyway: stop fetching for it.
        if wanted != key { throw .cancelled }
    }

    private static func onPage(_ search: V2ListQuery, _ n: Int) throws(APIError) -> V2ListQuery {
        do { return try search.onPage(n) } catch { throw .invalidRequest(error.description) }
    }

    /// What the refusal of a sort above the bound says, so the reducer can tell it from other failures.
    public static let overflowMarker = "v2 sorts by created only above"

    /// The one line a sort above the bound answers with.
    static func tooMany(_ count: Int) -> APIError {
        .invalidRequest(
            "\(count) jobs match: \(overflowMarker) \(V2LocalSortQuery.bound) (the server sorts by creation time alone)"
        )
    }
}
