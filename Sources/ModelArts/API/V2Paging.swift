/// What a v2 server means by the search's `offset` and `count` (contract §2.4, §12 U1/U2): the
/// sources disagree, so the client asks the server itself (`V2PagingProbe`) and pages either way.
public enum V2Paging {
    /// `offset` as a 0-based page index (current docs, the SDK, Terraform) or a record offset (older docs).
    public enum Offset: String, Sendable, Hashable {
        case page, record

        /// The wire `offset` of a query's page.
        public func wireOffset(for query: V2ListQuery) -> Int {
            self == .page ? query.page - 1 : query.recordsBefore
        }
    }

    /// `count` as the number of matching jobs (the docs), or the number of items on the page.
    public enum Count: String, Sendable, Hashable {
        case matching, pageSize
    }

    /// What an unfiltered answer says about `count`: on an unfiltered search the matching jobs are
    /// all jobs, so `count == total` means "matching" and `count == items < total` means "page size".
    /// Nil when the answer cannot tell (the page holds every job, or a count is missing or odd).
    public static func countReading(items: Int, count: Int?, total: Int?) -> Count? {
        guard let count, let total, total > items else { return nil }
        if count == total { return .matching }
        if count == items { return .pageSize }
        return nil
    }

    /// The number of jobs matching `query`, given one page's answer: the server's `count` when it
    /// is known to be that; else exact from a short page; else a lower bound that promises one more
    /// page, so a walk goes on until a short page ends it.
    public static func totalCount(
        query: V2ListQuery, items: Int, count: Int?, reading: Count?
    ) -> Int {
        if reading != .pageSize, let count, count >= query.recordsBefore + items { return count }
        if items < query.limit { return query.recordsBefore + items }
        return query.recordsBefore + items + 1
    }
}
