/// What `offset` means in the v2 search and events requests, which the sources disagree on (contract
/// §2.4, U1): the emulator serves either, so a client's detection is tested both ways.
public enum V2OffsetSemantics: String, Sendable, CaseIterable {
    /// `offset` is a 0-based page index: the page starts at record `offset * limit` (current docs).
    case page
    /// `offset` is the index of the first record (older docs).
    case record

    /// The index of the first record of the page, or nil when it lies beyond any store (overflow).
    func firstRecord(offset: Int, limit: Int) -> Int? {
        switch self {
        case .record: return offset
        case .page:
            let (start, overflow) = offset.multipliedReportingOverflow(by: limit)
            return overflow ? nil : start
        }
    }
}
