import ModelArts

/// Everything that shapes one emulator: its data, its account, where it listens and its faults.
public struct EmulatorConfiguration: Sendable {
    /// How many jobs the seeded store holds.
    public var jobCount: Int
    /// The seed of the store and of the fault dice: the same seed gives the same bytes.
    public var seed: UInt64
    public var identity: EmulatorIdentity
    public var host: String
    /// 0 picks a free port; `EmulatorServer.port` tells which.
    public var port: Int
    public var faults: FaultPlan
    /// When set, one JSON line per request is appended to this file (never a secret).
    public var accessLogPath: String?
    /// How long a token from `POST /v3/auth/tokens` stays valid (IAM: 24 hours).
    public var tokenLifetimeSeconds: Int
    /// How far `X-Sdk-Date` may be from the server clock (APIG: 15 minutes).
    public var maxClockSkewSeconds: Int
    /// When set, the store serves exactly these jobs (e.g. `HostileJobs.all`) and `jobCount` is ignored.
    public var suppliedJobs: [TrainingJob]? = nil
    /// When true the jobs live: queued ones start, running ones finish, new ones appear (`LiveJobStore`).
    public var live = false
    /// The account's IAM projects served by `GET /v3/projects`; nil serves `IAMProject.defaults(for: identity)`.
    public var iamProjects: [IAMProject]? = nil
    /// Which APIs are served (`--apis`); the routes of the others answer 404 `APIGW.0101`.
    public var apis: Set<EmulatorAPI> = [.v1, .v2]
    /// What the v2 search's and events' `offset` means (`--v2-offset`).
    public var v2Offset = V2OffsetSemantics.page
    /// How many v2 jobs the store holds; nil: as many as `jobCount`, so both worlds have one size.
    public var v2JobCount: Int? = nil
    /// The most bytes a v2 log preview returns (`--log-preview-bytes`; the service's 5 MB).
    public var logPreviewBytes = 5_242_880
    /// Which way the line-paged log APIs' order words read (`--log-order`).
    public var logOrder = ServedLogOrder.documented
    /// Whether a line-paged log answer includes the cursor's own line (`--log-cursor`).
    public var logCursor = ServedLogCursor.exclusive

    public init(
        jobCount: Int = 300, seed: UInt64 = 42, identity: EmulatorIdentity = .demo, host: String = "127.0.0.1",
        port: Int = 0, faults: FaultPlan = .none, accessLogPath: String? = nil, tokenLifetimeSeconds: Int = 86_400,
        maxClockSkewSeconds: Int = 900
    ) {
        self.jobCount = jobCount
        self.seed = seed
        self.identity = identity
        self.host = host
        self.port = port
        self.faults = faults
        self.accessLogPath = accessLogPath
        self.tokenLifetimeSeconds = tokenLifetimeSeconds
        self.maxClockSkewSeconds = maxClockSkewSeconds
    }
}
