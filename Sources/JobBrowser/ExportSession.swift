import ModelArts

/// The file formats of an export (the same encoders as `majobs list`).
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    case csv, json
}

/// What the runtime should export: every page of `request`'s query, from page 1.
public struct ExportRequest: Hashable, Sendable {
    /// Names this export in its progress events, so a cancelled one's late events are dropped.
    public var id: Int
    public var format: ExportFormat
    /// The current query (any page: the runtime starts from page 1 and takes them all).
    public var request: FetchRequest
    /// When the export started (epoch ms), for the file name.
    public var startedAtMS: Int64

    public init(id: Int, format: ExportFormat, request: FetchRequest, startedAtMS: Int64) {
        self.id = id
        self.format = format
        self.request = request
        self.startedAtMS = startedAtMS
    }
}

/// The export overlay: first the format question, then progress until the file is written.
public struct ExportSession: Hashable, Sendable {
    public enum Phase: Hashable, Sendable {
        /// Waiting for c (CSV) or j (JSON).
        case choosing
        /// Writing: jobs written so far and the total once the first page told it.
        case running(ExportFormat, written: Int, total: Int?)
    }

    public var id: Int
    public var phase: Phase

    public init(id: Int, phase: Phase = .choosing) {
        self.id = id
        self.phase = phase
    }
}
