import ArgumentParser
import Dispatch
import Foundation
import ModelArtsEmulator

/// `majobs emulator`: a local ModelArts v1 and v2 training-job API on 127.0.0.1, for demos and tests.
public struct EmulatorCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Serve a local ModelArts training-job API emulator on 127.0.0.1.",
        discussion: """
            Serves GET /v1/{project_id}/training-jobs, .../training-jobs/{job_id}/versions, \
            POST /v2/{project_id}/training-job-searches, GET /v2/{project_id}/training-jobs/{id} and \
            .../{id}/events, the logs and writes (v2 .../tasks/{task}/logs/preview, .../logs/{task}, \
            POST .../{id}/actions, DELETE .../{id}; v1 .../versions/{v}/log/file-names, .../aom-log, \
            POST .../versions/{v}/stop, DELETE of a job or version), and POST /v3/auth/tokens over a \
            seeded, deterministic set of jobs (as many v2 jobs as v1 jobs, from the same seed), verifying \
            AK/SK signatures (SDK-HMAC-SHA256) and IAM tokens. Prints one line with the endpoint and identity, then runs \
            until SIGINT or SIGTERM. Control endpoints (no auth): GET /emulator/health, GET and PUT \
            /emulator/faults (JSON fault plan), GET /emulator/logs (where the >5 MB log and the 1 MB \
            lines are).

            The secret key it accepts is read from MAJOBS_EMULATOR_SECRET_KEY (else the public demo key); \
            there is no flag for it, because command-line arguments are visible to other users (ps).
            """
    )

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port: Int = 0

    @Option(help: "Number of seeded training jobs (1...100000).")
    var jobs: Int = 300

    @Option(help: "Seed of the jobs and of the fault draws: the same seed gives the same data.")
    var seed: UInt64 = 42

    @Option(name: .customLong("project-id"), help: "Project id the emulator accepts.")
    var projectID: String = EmulatorIdentity.demo.projectID

    @Option(name: .customLong("access-key"), help: "Access key the emulator accepts.")
    var accessKey: String = EmulatorIdentity.demo.accessKey

    @Option(name: .customLong("latency-ms"), help: "Extra latency before every API answer, in milliseconds.")
    var latencyMS: Int = 0

    @Option(
        name: .customLong("error-rate"),
        help: ArgumentHelp(
            "Answer with this HTTP status at this probability, e.g. 503=0.1 (repeatable).",
            valueName: "status=p"))
    var errorRates: [ErrorRate] = []

    @Option(name: .customLong("rate-limit"), help: "Probability of 429 Too Many Requests.")
    var rateLimit: Double = 0

    @Option(name: .customLong("retry-after"), help: "Retry-After seconds sent with 429.")
    var retryAfter: Int = 1

    @Option(help: "Probability of an invalid-JSON body.")
    var malformed: Double = 0

    @Option(help: "Probability of a body cut in half.")
    var truncated: Double = 0

    @Option(name: .customLong("access-log"), help: "Append one JSON line per request to this file.")
    var accessLog: String?

    @Option(name: .customLong("jobs-file"), help: "Serve exactly the jobs in this JSON file (an array of v1 jobs).")
    var jobsFile: String?

    @Flag(help: "Serve jobs whose names attack terminals (escape sequences, bidi, controls) for testing.")
    var hostile = false

    @Flag(help: "Let time pass: queued jobs start, running ones finish or fail, new (v1) jobs appear (per --seed).")
    var live = false

    @Option(
        help: ArgumentHelp(
            "Which APIs to serve, comma-separated; the routes of the others answer 404 APIGW.0101.",
            valueName: "v1,v2"))
    var apis = APISet(EmulatorAPI.allCases)

    @Option(
        name: .customLong("v2-offset"),
        help: ArgumentHelp(
            "What offset means in v2 searches and events: a 0-based page index (page) or a record index (record).",
            valueName: "page|record"))
    var v2Offset: V2OffsetSemantics = .page

    @Option(name: .customLong("log-preview-bytes"), help: "The most bytes a v2 log preview returns (its newest).")
    var logPreviewBytes: Int = 5_242_880

    @Option(
        name: .customLong("log-order"),
        help: ArgumentHelp(
            "How line-paged logs read order words: as documented (v2 desc and v1 asc read older lines) or swapped.",
            valueName: "documented|swapped"))
    var logOrder: ServedLogOrder = .documented

    @Option(
        name: .customLong("log-cursor"),
        help: ArgumentHelp(
            "Whether a line-paged log page leaves out (exclusive) or includes (inclusive) the base_line's own line.",
            valueName: "exclusive|inclusive"))
    var logCursor: ServedLogCursor = .exclusive

    public init() {}

    /// `STATUS=P`, e.g. `503=0.1`.
    struct ErrorRate: ExpressibleByArgument {
        var status: Int
        var probability: Double

        init?(argument: String) {
            let parts = argument.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let s = Int(parts[0]), let p = Double(parts[1]) else { return nil }
            status = s
            probability = p
        }
    }

    /// `v1`, `v2` or `v1,v2`.
    struct APISet: ExpressibleByArgument {
        var apis: Set<EmulatorAPI> = []

        init(_ apis: [EmulatorAPI]) { self.apis = Set(apis) }

        init?(argument: String) {
            for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
                guard let api = EmulatorAPI(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    return nil
                }
                apis.insert(api)
            }
        }

        var defaultValueDescription: String { EmulatorAPI.allCases.map(\.rawValue).joined(separator: ",") }
    }

    var faultPlan: FaultPlan {
        var rates: [Int: Double] = [:]
        for rate in errorRates { rates[rate.status, default: 0] += rate.probability }
        return FaultPlan(
            latencyMS: latencyMS, errorRates: rates, rateLimitProbability: rateLimit, retryAfterSeconds: retryAfter,
            malformedProbability: malformed, truncatedProbability: truncated)
    }

    var emulatorConfiguration: EmulatorConfiguration {
        var identity = EmulatorIdentity.demo
        identity.projectID = projectID
        identity.accessKey = accessKey
        let fromEnvironment = ProcessInfo.processInfo.environment["MAJOBS_EMULATOR_SECRET_KEY"]
        if let key = fromEnvironment, !key.isEmpty { identity.secretKey = key }
        var configuration = EmulatorConfiguration(
            jobCount: jobs, seed: seed, identity: identity, port: port, faults: faultPlan, accessLogPath: accessLog)
        configuration.apis = apis.apis
        configuration.v2Offset = v2Offset
        configuration.logPreviewBytes = logPreviewBytes
        configuration.logOrder = logOrder
        configuration.logCursor = logCursor
        return configuration
    }

    public func validate() throws {
        guard (1...100_000).contains(jobs) else {
            throw ValidationError("--jobs \(jobs) is out of range: allowed 1...100000")
        }
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port \(port) is out of range: allowed 0...65535")
        }
        guard !projectID.isEmpty, !accessKey.isEmpty else {
            throw ValidationError("--project-id and --access-key must not be empty")
        }
        for rate in errorRates where !(400...599).contains(rate.status) || !(0...1).contains(rate.probability) {
            throw ValidationError(
                "--error-rate \(rate.status)=\(rate.probability): status 400...599, probability 0...1")
        }
        for (flag, p) in [("--rate-limit", rateLimit), ("--malformed", malformed), ("--truncated", truncated)]
        where !(0...1).contains(p) {
            throw ValidationError("\(flag) \(p) is not a probability between 0 and 1")
        }
        if let problem = faultPlan.problem { throw ValidationError(problem) }
        guard !apis.apis.isEmpty else { throw ValidationError("--apis must name v1, v2 or both") }
        guard (1...104_857_600).contains(logPreviewBytes) else {
            throw ValidationError("--log-preview-bytes \(logPreviewBytes) is out of range: allowed 1...104857600")
        }
    }

    public func run() async throws {
        let signals = SignalWaiter([SIGINT, SIGTERM])
        var configuration = emulatorConfiguration
        configuration.live = live
        if hostile { configuration.suppliedJobs = HostileJobs.all }
        if let jobsFile {
            do {
                configuration.suppliedJobs = try JobStore.jobs(fromFile: jobsFile)
            } catch is DecodingError {
                throw ValidationError("--jobs-file \(jobsFile): not a JSON array of v1 training jobs")
            } catch {
                throw ValidationError("--jobs-file \(jobsFile): cannot read it")
            }
        }
        let server = try await EmulatorServer.start(configuration)
        let line =
            "majobs emulator listening on \(server.endpoint) project_id=\(configuration.identity.projectID) "
            + "access_key=\(configuration.identity.accessKey) (secret key: $MAJOBS_EMULATOR_SECRET_KEY or the demo key)\n"
        // A direct write: nothing stays in a buffer for a parent process waiting on this line.
        FileHandle.standardOutput.write(Data(line.utf8))
        await signals.wait()
        await server.stop()
    }
}

extension V2OffsetSemantics: ExpressibleByArgument {}
extension ServedLogOrder: ExpressibleByArgument {}
extension ServedLogCursor: ExpressibleByArgument {}

/// Turns SIGINT/SIGTERM into an awaitable event, so the command can stop the server and exit 0.
final class SignalWaiter {
    private let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    init(_ signals: [Int32]) {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        sources = signals.map { number in
            signal(number, SIG_IGN)  // the dispatch source, not the default action, handles it
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Returns at the first of the signals.
    func wait() async {
        for await _ in stream { break }
        for source in sources { source.cancel() }
    }
}
