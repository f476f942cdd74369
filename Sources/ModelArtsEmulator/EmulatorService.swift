import ModelArts
import Synchronization

/// The emulator as a pure request -> response function over a seeded store: the socket shell only
/// carries bytes. Routes:
///
/// - `GET  /v1/{project_id}/training-jobs` and `GET /v1/{project_id}/training-jobs/{job_id}/versions`
///   (AK/SK signature or `X-Auth-Token`);
/// - `POST /v2/{project_id}/training-job-searches`, `GET /v2/{project_id}/training-jobs/{id}` and
///   `GET /v2/{project_id}/training-jobs/{id}/events` (same authentication; v2 error bodies);
/// - the logs and writes of contract §6–§8: v2 `…/tasks/{task}/logs/preview`, `…/logs/{task}`, `POST …/actions`,
///   `DELETE …/training-jobs/{id}`; v1 `…/versions/{v}/log/file-names`, `…/aom-log`, `POST …/stop`, and the
///   `DELETE`s of a job and a version (see `EmulatorService+Logs`, `+V1Logs`, `+Writes`);
/// - `POST /v3/auth/tokens` (IAM password login, no auth); `GET /v3/projects` (signed, see `listProjects`);
/// - `GET|PUT /emulator/faults`, `GET /emulator/health`: control endpoints, not part of ModelArts,
///   never authenticated, never faulted, not counted as requests.
///
/// Anything else, and the routes of an API not in `configuration.apis`, is `404` with the API gateway's
/// `APIGW.0101` body, before authentication, as APIG does.
public final class EmulatorService: Sendable {
    public let configuration: EmulatorConfiguration
    public let store: JobStore
    /// The v2 jobs: from the same seed, as many as the v1 jobs unless `v2JobCount` says otherwise
    /// (none when v2 is not served).
    public let v2Store: V2JobStore
    /// Set when `configuration.live`: the store over time (jobs start, finish, appear).
    public let live: LiveJobStore?
    let now: @Sendable () -> Int64
    let tokens = TokenStore()
    let accessLog: AccessLog?
    /// List orders by (field, order) for fields that do not change with the clock.
    let sortCache = Mutex<[String: [Int]]>([:])
    /// v2 searches already answered: (phase mask, name needles) -> matching store indices.
    let v2MatchCache = Mutex<[String: [Int]]>([:])
    /// Line sizes of the logs read so far, so a preview finds its cut without drawing the log again.
    let logSizes = LogSizes()
    /// The large log and the long lines, found once (served at `GET /emulator/logs`).
    public let logLandmarks: LogLandmarks

    private struct State {
        var faults: FaultPlan
        var requestCount = 0
    }

    private let state: Mutex<State>

    /// A service whose store is generated for `now()` at creation; `now` (epoch ms) also drives
    /// signature windows, token expiry and running jobs' durations.
    public init(configuration: EmulatorConfiguration, now: @escaping @Sendable () -> Int64) {
        self.configuration = configuration
        self.now = now
        self.store =
            configuration.suppliedJobs.map { JobStore(jobs: $0, seed: configuration.seed, now: now()) }
            ?? JobStore(count: configuration.jobCount, seed: configuration.seed, now: now())
        self.live = configuration.live ? LiveJobStore(base: store) : nil
        let v2Count = configuration.apis.contains(.v2) ? configuration.v2JobCount ?? configuration.jobCount : 0
        self.v2Store = V2JobStore(count: v2Count, seed: configuration.seed, now: now(), live: configuration.live)
        self.state = Mutex(State(faults: configuration.faults))
        self.logLandmarks = LogLandmarks(v1: store, v2: v2Store)
        // The server checks the path first and throws a clear error; here a bad path means no log.
        self.accessLog = configuration.accessLogPath.flatMap { try? AccessLog(path: $0) }
    }

    /// A service on the system clock.
    public convenience init(configuration: EmulatorConfiguration) {
        self.init(configuration: configuration, now: EmulatorTime.systemNowMS)
    }

    /// The fault plan in force.
    public var faults: FaultPlan { state.withLock { $0.faults } }

    /// Replaces the fault plan; the next request uses it.
    public func setFaults(_ plan: FaultPlan) {
        state.withLock { $0.faults = plan }
    }

    /// How many API requests (not control requests) have been handled.
    public var requestCount: Int { state.withLock { $0.requestCount } }

    /// What one request gets back, with the faults the plan draws for it.
    public func handle(_ request: EmulatorRequest) -> EmulatorResponse {
        let clock = ContinuousClock()
        let started = clock.now
        var note = Note()
        let response: EmulatorResponse
        if request.path == "/emulator" || request.path.hasPrefix("/emulator/") {
            response = control(request)
        } else {
            let (number, plan) = state.withLock { s -> (Int, FaultPlan) in
                s.requestCount += 1
                return (s.requestCount, s.faults)
            }
            note.number = number
            response = api(request, number: number, plan: plan, note: &note)
        }
        if let accessLog {
            let elapsed = clock.now - started
            let ms = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            accessLog.write(
                AccessLog.Line(
                    time: EmulatorTime.iso8601(epochMS: now()), request: note.number, method: request.method,
                    path: request.path, query: request.rawQuery, status: response.hang ? 0 : response.status,
                    durationMS: ms + response.delayMS, auth: note.auth.rawValue,
                    accessKey: note.accessKey.map(SigningCredentials.mask), signature: note.signature,
                    fault: note.fault, requestID: note.requestID
                ))
        }
        return response
    }

    /// What the handling of one request found out, for the access log.
    struct Note {
        enum Auth: String { case none, aksk, token }
        var number: Int?
        var auth = Auth.none
        var accessKey: String?
        /// For AK/SK: "accepted", "refused" or "expired".
        var signature: String?
        var fault: String?
        var requestID: String?
    }

    /// A stable request id per request number, in the gateway's 32-hex-digit form.
    func requestID(_ number: Int) -> String {
        var rng = SeededRandom(configuration.seed, 0x5245_5149, UInt64(number))
        return String(rng.next(), radix: 16).leftPadded(to: 16) + String(rng.next(), radix: 16).leftPadded(to: 16)
    }

    private func api(_ request: EmulatorRequest, number: Int, plan: FaultPlan, note: inout Note) -> EmulatorResponse {
        let id = requestID(number)
        note.requestID = id
        if plan.hang {
            note.fault = "hang"
            return EmulatorResponse(status: 0, hang: true)
        }
        let dice = FaultDice(seed: configuration.seed, requestNumber: number)
        var response: EmulatorResponse
        if dice.hits(.rateLimit, plan.rateLimitProbability) {
            note.fault = "rate_limit"
            response = EmulatorReply.rateLimited(requestID: id, retryAfterSeconds: plan.retryAfterSeconds)
        } else if let status = dice.pickStatus(plan.errorRates) {
            note.fault = "error_\(status)"
            response = EmulatorReply.injected(
                status, requestID: id, retryAfterSeconds: plan.retryAfterSeconds, v2: request.path.hasPrefix("/v2/"))
        } else {
            let (routed, payload) = route(request, requestID: id, note: &note)
            response = corrupt(routed, payload: payload, plan: plan, dice: dice, note: &note)
        }
        response.headers.append(("X-Request-Id", id))
        response.delayMS = plan.latencyMS
        return response
    }

    /// A successful body the fault stage may re-encode with wrong types.
    enum Payload {
        case none
        case page(JobListPage)
        case versions(JobVersionList)
        /// A v2 body: the fault stage works on its JSON.
        case v2(V2Body)
        /// A log answer (written byte by byte: its text may hold bytes that are not UTF-8).
        case logs(v1: Bool)
        /// A v1 `{"is_success":true,…}` answer to a write or the log file names.
        case ack
    }

    enum V2Body {
        case search, job, events
    }

    private func route(_ request: EmulatorRequest, requestID: String, note: inout Note) -> (EmulatorResponse, Payload) {
        var segments = request.path.split(separator: "/", omittingEmptySubsequences: false).map {
            PercentEncoding.decode($0)
        }
        if segments.first == "" { segments.removeFirst() }
        if segments.last == "", segments.count > 1 { segments.removeLast() }
        let method = request.method.uppercased()
        switch (method, segments.count) {
        case ("POST", 3) where segments == ["v3", "auth", "tokens"]:
            return (issueToken(request), .none)
        case ("GET", 2) where segments == ["v3", "projects"]:
            return (listProjects(request, requestID: requestID, note: &note), .none)
        case ("GET", 3) where segments[0] == "v1" && segments[2] == "training-jobs" && serves(.v1):
            if let denied = authenticate(request, projectID: segments[1], requestID: requestID, note: &note) {
                return (denied, .none)
            }
            return listJobs(request)
        case ("GET", 5)
        where segments[0] == "v1" && segments[2] == "training-jobs" && segments[4] == "versions" && serves(.v1):
            if let denied = authenticate(request, projectID: segments[1], requestID: requestID, note: &note) {
                return (denied, .none)
            }
            return listVersions(request, jobID: segments[3])
        case (_, 4...8) where segments[0] == "v1" && segments[2] == "training-jobs" && serves(.v1):
            if let answer = routeV1(request, method: method, segments: segments, requestID: requestID, note: &note) {
                return answer
            }
            return (Self.apiNotFound(requestID: requestID), .none)
        case (_, 3...8) where segments[0] == "v2" && serves(.v2):
            if let answer = routeV2(request, method: method, segments: segments, requestID: requestID, note: &note) {
                return answer
            }
            return (Self.apiNotFound(requestID: requestID), .none)
        default:
            return (Self.apiNotFound(requestID: requestID), .none)
        }
    }

    /// Whether `configuration.apis` holds the API.
    func serves(_ api: EmulatorAPI) -> Bool { configuration.apis.contains(api) }

    /// APIG's answer for a route it does not know (contract U19).
    static func apiNotFound(requestID: String) -> EmulatorResponse {
        EmulatorReply.gatewayError(
            404, "APIGW.0101", "The API does not exist or has not been published in the environment",
            requestID: requestID)
    }
}
