/// Which log to read: one task of a v2 job (`worker-0` …), or one log file of a v1 job version.
public enum LogSource: Hashable, Sendable {
    case v2(jobID: String, task: String)
    case v1(jobID: Int64, versionID: Int64, file: String)

    /// The API the log is read through.
    public var api: APIVersion {
        switch self {
        case .v2: return .v2
        case .v1: return .v1
        }
    }
}

/// Which way a line-paged log request reads from its cursor. The wire words differ per API (contract
/// §12 U13: v2 `desc` reads older lines, v1 `asc` does); the client maps these, callers never see them.
public enum LogDirection: Hashable, Sendable {
    /// Lines before the cursor (scrolling up).
    case older
    /// Lines after the cursor (following).
    case newer
}

/// One request to the line-paged log API: v2 `GET …/logs/{task}`, v1 `GET …/aom-log`.
public struct LogLinesRequest: Hashable, Sendable {
    /// The largest `lines` both APIs accept.
    public static let maxLines = 500

    public var source: LogSource
    /// An opaque line cursor from an earlier `LogPage`; nil reads the newest lines.
    public var cursor: String?
    public var direction: LogDirection
    /// 1…500 lines.
    public var lines: Int

    public init(source: LogSource, cursor: String? = nil, direction: LogDirection = .older, lines: Int = maxLines) {
        self.source = source
        self.cursor = cursor
        self.direction = direction
        self.lines = lines
    }
}
