import Foundation

/// A training job's status: a v1 numeric code (any integer; unknown ones still display),
/// or a v2 phase word.
public enum JobStatus: Hashable, Sendable {
    case code(Int)
    case phase(String)

    public init(code: Int) { self = .code(code) }

    /// Every code the v1 documents name (0...22).
    public static let knownCodes: [Int] = Array(0...22)

    private static let table: [(name: String, word: String, group: StatusGroup)] = [
        ("JOBSTAT_UNKNOWN", "Unknown", .unknown),
        ("JOBSTAT_INIT", "Initializing", .queued),
        ("JOBSTAT_IMAGE_CREATING", "Building image", .queued),
        ("JOBSTAT_IMAGE_FAILED", "Image failed", .failed),
        ("JOBSTAT_SUBMIT_TRYING", "Submitting", .queued),
        ("JOBSTAT_SUBMIT_FAILED", "Submit failed", .failed),
        ("JOBSTAT_DELETE_FAILED", "Delete failed", .failed),
        ("JOBSTAT_WAITING", "Queued", .queued),
        ("JOBSTAT_RUNNING", "Running", .running),
        ("JOBSTAT_KILLING", "Stopping", .stopping),
        ("JOBSTAT_COMPLETED", "Completed", .succeeded),
        ("JOBSTAT_FAILED", "Failed", .failed),
        ("JOBSTAT_KILLED", "Stopped", .stopped),
        ("JOBSTAT_CANCELED", "Canceled", .stopped),
        ("JOBSTAT_LOST", "Lost", .failed),
        ("JOBSTAT_SCALING", "Scaling", .running),
        ("JOBSTAT_SUBMIT_MODEL_FAILED", "Model failed", .failed),
        ("JOBSTAT_DEPLOY_SERVICE_FAILED", "Deploy failed", .failed),
        ("JOBSTAT_CHECK_INIT", "Review starting", .queued),
        ("JOBSTAT_CHECK_RUNNING", "Reviewing", .running),
        ("JOBSTAT_CHECK_RUNNING_COMPLETED", "Reviewed", .succeeded),
        ("JOBSTAT_CHECK_FAILED", "Review failed", .failed),
        ("MOUNT_FAILED", "Mount failed", .failed),
    ]

    private var known: (name: String, word: String, group: StatusGroup)? {
        guard case .code(let c) = self, c >= 0, c < Self.table.count else { return nil }
        return Self.table[c]
    }

    /// The documented name, e.g. `JOBSTAT_RUNNING`; `UNKNOWN(37)` for codes outside the table.
    public var name: String {
        switch self {
        case .code(let c): return known?.name ?? "UNKNOWN(\(c))"
        case .phase(let p): return p
        }
    }

    /// A short person-facing word, e.g. `Running`; `UNKNOWN(37)` for codes outside the table; a v2
    /// phase as received, made fit for one line (so an unknown phase shows as it came).
    public var word: String {
        switch self {
        case .code(let c): return known?.word ?? "UNKNOWN(\(c))"
        case .phase(let p): return OneLine.clean(p, limit: 40)
        }
    }

    /// The person-facing group (colour, filters).
    public var group: StatusGroup {
        switch self {
        case .code: return known?.group ?? .unknown
        case .phase(let p): return Self.phaseGroups[p] ?? .unknown
        }
    }

    /// The eight documented v2 phases in lifecycle order (contract §3).
    public static let knownPhases = [
        "Creating", "Pending", "Running", "Terminating", "Completed", "Failed", "Terminated", "Abnormal",
    ]

    /// Each documented phase's group, exactly as issue 12 defines them; any other phase is `.unknown`
    /// (shown as it came, in the "other" group). Case-sensitive: the server's spelling is the phase.
    static let phaseGroups: [String: StatusGroup] = [
        "Creating": .queued, "Pending": .queued, "Running": .running, "Completed": .succeeded,
        "Failed": .failed, "Abnormal": .failed, "Terminating": .stopping, "Terminated": .stopped,
    ]

    /// The documented phase spelled `text` in any case (`running` → `Running`), nil if none is.
    public static func knownPhase(_ text: String) -> String? {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        return knownPhases.first { $0.lowercased() == lower }
    }

    /// The v1 code, if this is one.
    public var code: Int? {
        if case .code(let c) = self { return c }
        return nil
    }

    /// Looks a status up by code (`8`), documented name (`JOBSTAT_RUNNING`, `RUNNING`), word (`running`),
    /// or the name shown for an unknown code (`UNKNOWN(37)`), so `parse(status.name)` finds `status`.
    public static func parse(_ text: String) -> JobStatus? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let n = Int(t) { return .code(n) }
        let upper = t.uppercased().replacingOccurrences(of: " ", with: "_")
        if upper.hasPrefix("UNKNOWN("), upper.hasSuffix(")"), let n = Int(upper.dropFirst(8).dropLast()) {
            return .code(n)
        }
        for (i, entry) in table.enumerated() {
            if entry.name == upper || entry.name == "JOBSTAT_" + upper
                || entry.word.uppercased().replacingOccurrences(of: " ", with: "_") == upper
            {
                return .code(i)
            }
        }
        return nil
    }
}

extension JobStatus: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let n = try? container.decode(Int.self) {
            self = .code(n)
        } else {
            self = .phase(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .code(let c): try container.encode(c)
        case .phase(let p): try container.encode(p)
        }
    }
}
