import ModelArts

/// A value in a saved-view file that a hand-edited or damaged file could hold but a run never writes.
public struct SavedViewProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension SavedView: Codable {
    private enum CodingKeys: String, CodingKey {
        case sortField, sortOrder, status, perPage, searchHistory
    }

    /// Reads the file format (`status` as its word) and checks every value: a problem throws
    /// `SavedViewProblem`, so a decoded view is always one the browser can start from.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let word = try container.decode(String.self, forKey: .status)
        let perPage = try container.decodeIfPresent(Int.self, forKey: .perPage)
        let history = try container.decode([String].self, forKey: .searchHistory)
        self.sortField = try container.decode(SortField.self, forKey: .sortField)
        self.sortOrder = try container.decode(SortOrder.self, forKey: .sortOrder)
        if let perPage, !JobListQuery.perPageRange.contains(perPage) {
            let range = JobListQuery.perPageRange
            throw SavedViewProblem("perPage \(perPage) is outside \(range.lowerBound)...\(range.upperBound)")
        }
        if history.count > Self.historyLimit {
            throw SavedViewProblem("searchHistory holds \(history.count) entries, more than \(Self.historyLimit)")
        }
        if history.contains(where: { $0.unicodeScalars.count > JobListQuery.maxSearchLength }) {
            throw SavedViewProblem("a searchHistory entry is longer than \(JobListQuery.maxSearchLength) characters")
        }
        guard word.count <= 32, let filter = StatusFilter(word: word) else {
            throw SavedViewProblem("unknown status filter \(OneLine.quoted(word))")
        }
        self.filter = filter
        self.perPage = perPage
        self.searchHistory = history
    }

    /// Writes the file format: `perPage` only when chosen, the filter as its word.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sortField, forKey: .sortField)
        try container.encode(sortOrder, forKey: .sortOrder)
        try container.encode(filter.word, forKey: .status)
        try container.encodeIfPresent(perPage, forKey: .perPage)
        try container.encode(searchHistory, forKey: .searchHistory)
    }
}
