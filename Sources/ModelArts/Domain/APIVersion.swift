/// Which ModelArts training API a list, a job or a connection speaks: the old v1 (numeric ids,
/// status codes, versions) or the current v2 (UUIDs, phases, no versions).
public enum APIVersion: String, CaseIterable, Sendable, Hashable, Codable {
    case v1, v2

    /// The other API, for switching between the two lists of an account that has both.
    public var other: APIVersion { self == .v1 ? .v2 : .v1 }
}

/// What a person asked for with `--api` or `api =` in a profile: one API, or `auto` (try v2, fall
/// back to v1 where v2 is absent, and the other way round).
public enum APIChoice: String, CaseIterable, Sendable, Hashable, Codable {
    case auto, v1, v2

    /// The one API this choice names, nil for `auto`.
    public var fixed: APIVersion? {
        switch self {
        case .auto: return nil
        case .v1: return .v1
        case .v2: return .v2
        }
    }

    /// Parses `auto`, `v1` or `v2` (any case, surrounding spaces ignored).
    public init?(parsing text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The accepted words, for messages: `auto, v1, v2`.
    public static var words: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
