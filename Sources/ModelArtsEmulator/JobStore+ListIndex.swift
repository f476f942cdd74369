import ModelArts

extension JobStore {
    /// What the v1 list needs from a static store, laid out for speed and built once: lowercased names
    /// (`NameSearchIndex`: one `memmem`-like pass finds every match), status codes, and `quotas`.
    /// At 100,000 jobs a searched, sorted page then costs well under a millisecond (docs/PERFORMANCE.md).
    struct ListIndex: Sendable {
        let names: NameSearchIndex
        /// Each job's status code (-1 for a non-numeric status), in store order.
        let statusCodes: [Int]
        let quotas: Int

        init(records: [Record], lowercasedNames: [String]) {
            names = NameSearchIndex(lowercasedNames: lowercasedNames)
            statusCodes = records.map { $0.job.status.code ?? -1 }
            let running = records.reduce(0) { $0 + ($1.runningSinceMS != nil ? 1 : 0) }
            quotas = max(20, (running + 9) / 10 * 10)
        }

        /// Which jobs' lowercased names contain `needle` (already lowercased), as a mask in store order.
        func nameMask(containing needle: String) -> [Bool] { names.mask(containing: needle) }
    }
}
