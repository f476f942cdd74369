/// The two- (three-) request probe of contract §2.4 that finds out how a server reads `offset`.
///
/// It lists the first jobs oldest first, unfiltered, two at a time: page A at offset 0, page B at
/// offset 1, then A again. Oldest first, a job created meanwhile goes to the end and moves nothing;
/// a job deleted meanwhile changes A, and the probe starts over. With A = [a0, a1]: B empty or
/// starting outside A means a page index (B holds jobs 2 and 3, or there are none); B starting with
/// a1 means a record offset. With fewer than two jobs both readings give the same pages.
public enum V2PagingProbe {
    /// One probe answer: the ids in order and the counts as sent.
    public struct Sample: Sendable, Equatable {
        public var ids: [String]
        public var count: Int?
        public var total: Int?

        public init(ids: [String], count: Int? = nil, total: Int? = nil) {
            self.ids = ids
            self.count = count
            self.total = total
        }
    }

    /// What the probe found.
    public enum Outcome: Sendable, Equatable {
        /// The server reads `offset` this way (cache it).
        case decided(V2Paging.Offset)
        /// Fewer than two jobs: every page after the first is empty either way (do not cache).
        case tooFewJobs
        /// The list kept changing under the probe: no safe guess (do not cache).
        case unstable
    }

    /// The probe's first page, limit 2, for learning `count` too.
    public static let pageSize = 2

    /// Runs the probe: `fetch(offset)` lists the unfiltered jobs oldest first, `pageSize` at a time.
    /// Also reports what the first answer says about `count`.
    public static func run(
        attempts: Int = 3, fetch: (Int) async throws(APIError) -> Sample
    ) async throws(APIError) -> (outcome: Outcome, count: V2Paging.Count?) {
        var countReading: V2Paging.Count?
        for _ in 0..<max(1, attempts) {
            let first = try await fetch(0)
            countReading =
                countReading
                ?? V2Paging.countReading(items: first.ids.count, count: first.count, total: first.total)
            guard first.ids.count >= 2 else { return (.tooFewJobs, countReading) }
            let second = try await fetch(1)
            let again = try await fetch(0)
            guard again.ids == first.ids else { continue }
            guard let head = second.ids.first else { return (.decided(.page), countReading) }
            if head == first.ids[1] { return (.decided(.record), countReading) }
            if !first.ids.contains(head) { return (.decided(.page), countReading) }
        }
        return (.unstable, countReading)
    }
}
