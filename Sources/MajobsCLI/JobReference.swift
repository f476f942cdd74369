import ModelArts

/// The JOB argument of `majobs logs|stop|delete`: a v1 job id (digits), a v2 job id (a UUID), or the
/// start of a job's name, looked up with the list API.
enum JobReference: Hashable, Sendable {
    case v1(Int64)
    case v2(String)
    case namePrefix(String)

    /// True for a v1 or v2 id, false for a name's start.
    var isID: Bool {
        if case .namePrefix = self { return false }
        return true
    }

    /// Reads `text` as `api` allows: digits are a v1 id unless the API is v2 (where they can only be a
    /// name's start); a UUID is a v2 id whatever the API. Empty text or control characters are refused.
    init(parsing text: String, api: APIChoice) throws(JobCommandError) {
        guard !text.isEmpty else { throw .usage("JOB is empty: give a job id or the start of its name") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .usage("JOB \(OneLine.quoted(text)) holds control characters")
        }
        if Self.isUUID(text) {
            self = .v2(text.lowercased())
        } else if api != .v2, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let id = Int64(text) {
            self = .v1(id)
        } else {
            self = .namePrefix(text)
        }
    }

    /// `8-4-4-4-12` hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}

/// A failure of `majobs logs|stop|delete`: a usage error (exit 64, nothing sent) or a failure (exit 1,
/// one line), written by `JobCommandError.report`.
enum JobCommandError: Error, Equatable {
    /// Exit 64: the command line cannot be acted on (nothing is sent).
    case usage(String)
    /// Exit 1: an API or network error, a refusal.
    case failure(String)
    /// Exit 1: no job by this id or name start (the reference as typed).
    case notFound(String)

    var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .failure, .notFound: return 1
        }
    }

    /// The line for stderr, as `majobs list` words its errors.
    var line: String {
        switch self {
        case .usage(let text): return "Error: \(text)"
        case .failure(let text): return "majobs: error: \(text)"
        case .notFound(let reference): return "majobs: error: no such job: \(reference)"
        }
    }

    /// An API error as one readable line.
    static func api(_ error: APIError) -> JobCommandError { .failure(error.readableMessage) }
}
