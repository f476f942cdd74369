/// A v2 job's detail (contract §5), as the detail pane shows it: the row it came from plus what only
/// the detail carries. Every part is optional on the wire; absent parts are nil or empty.
public struct V2JobDetail: Hashable, Sendable {
    /// A hyperparameter or environment variable: a name and its value, as strings.
    public struct Parameter: Hashable, Sendable {
        public var name: String
        public var value: String
        public var description: String?

        public init(name: String, value: String, description: String? = nil) {
            self.name = name
            self.value = value
            self.description = description
        }
    }

    /// An input or output channel: its name, the container path and where the data lives remotely.
    public struct DataPath: Hashable, Sendable {
        public var name: String
        public var localDir: String?
        /// The OBS URL (or the dataset's), whichever the channel names.
        public var remote: String?

        public init(name: String, localDir: String? = nil, remote: String? = nil) {
            self.name = name
            self.localDir = localDir
            self.remote = remote
        }
    }

    /// The job as a row: id, name, phase, times, description and the v2 facts (flavor, nodes, tasks…).
    public var job: TrainingJob
    public var codeDir: String?
    /// A custom image's command.
    public var command: String?
    public var engineID: String?
    /// `CPU`, `GPU` or `Ascend`.
    public var flavorType: String?
    public var poolName: String?
    public var parameters: [Parameter]
    public var environments: [Parameter]
    public var inputs: [DataPath]
    public var outputs: [DataPath]
    /// Why the job failed, from the first failed task's message or the last run's end reason; nil
    /// when nothing says (or the last run ended with "job completed").
    public var failureReason: String?
    /// Where the logs are persisted (`spec.log_export_path.obs_url`).
    public var logExportPath: String?
    /// The detail response exactly as received, pretty-printed with sorted keys (the `y` view).
    public var rawJSON: String

    public init(
        job: TrainingJob, codeDir: String? = nil, command: String? = nil, engineID: String? = nil,
        flavorType: String? = nil, poolName: String? = nil, parameters: [Parameter] = [],
        environments: [Parameter] = [], inputs: [DataPath] = [], outputs: [DataPath] = [],
        failureReason: String? = nil, logExportPath: String? = nil, rawJSON: String = ""
    ) {
        self.job = job
        self.codeDir = codeDir
        self.command = command
        self.engineID = engineID
        self.flavorType = flavorType
        self.poolName = poolName
        self.parameters = parameters
        self.environments = environments
        self.inputs = inputs
        self.outputs = outputs
        self.failureReason = failureReason
        self.logExportPath = logExportPath
        self.rawJSON = rawJSON
    }

    /// The v2 facts of the job (always present on a detail; empty facts if the row had none).
    public var facts: V2JobFacts { job.v2 ?? V2JobFacts() }
}
