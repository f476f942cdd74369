import ModelArts

/// Every page of a request from its page on, one request at a time, in order: what `majobs list --all`
/// prints and what the browser's export writes. It stops after the last page the answers' totals
/// promise, at a page shorter than asked for (the server has no more, whatever its total said), or at
/// the last page the API allows; a cancelled task stops before its next request.
public enum PageWalk {
    /// Fetches `first` and each page after it (at most `maxPages` in all), handing each answer to `body`
    /// before asking for the next.
    public static func run(
        from first: FetchRequest, api: any JobsAPI, maxPages: Int = .max,
        _ body: (FetchRequest, JobListPage) async throws -> Void
    ) async throws {
        var current = first
        for _ in 0..<max(1, maxPages) {
            try Task.checkCancellation()
            let answer = try await current.fetch(from: api)
            try await body(current, answer)
            guard current.pageNumber < lastPage(of: answer, perPage: current.perPage),
                answer.jobs.count >= current.perPage, let next = current.onPage(current.pageNumber + 1)
            else { return }
            current = next
        }
    }

    /// The last page number the answer's total promises (1 for an empty list).
    static func lastPage(of answer: JobListPage, perPage: Int) -> Int {
        max(1, (answer.totalCount + perPage - 1) / perPage)
    }
}
