/// One event of a v2 job (contract §9), e.g. `Error · Job · Training job failed.`: what explains a failure.
public struct V2JobEvent: Hashable, Sendable {
    /// As received, e.g. `2022-11-26T16:03:41+08:00`.
    public var time: String
    /// The same instant in epoch milliseconds, when `time` could be read.
    public var timeMS: Int64?
    /// `Info`, `Warning` or `Error`.
    public var level: String
    public var message: String
    /// `K8S`, `Job` or `Task`.
    public var source: String

    public init(time: String, timeMS: Int64? = nil, level: String, message: String, source: String) {
        self.time = time
        self.timeMS = timeMS
        self.level = level
        self.message = message
        self.source = source
    }
}
