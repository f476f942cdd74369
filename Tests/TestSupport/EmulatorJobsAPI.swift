import Foundation
import ModelArts
import ModelArtsEmulator
import Synchronization

/// A `JobsAPI` answered by the emulator's pure service in-process: each call is signed with the
/// demo AK/SK exactly as the HTTP client signs it and handled by `EmulatorService.handle`, with no
/// socket. It records every list query and every write, and can be told to fail, for session tests.
/// Log reads and writes are in `EmulatorJobsAPI+Logs`. v2 calls go the
/// same way (the search POSTs its signed JSON body, paged through a `V2Pager` as the HTTP client pages),
/// so they answer whatever the emulator serves: 404 `APIGW.0101` where it has no v2.
public final class EmulatorJobsAPI: ListingOnlyFake {
    public let service: EmulatorService
    private let nowMS: @Sendable () -> Int64
    private let queries = Mutex<[JobListQuery]>([])
    private let v2Queries = Mutex<[V2ListQuery]>([])
    private let pager: V2Pager
    private let failure = Mutex<APIError?>(nil)
    private let gate = Mutex(Gate())
    private let actions = Mutex<[JobAction]>([])

    /// Calls held back by `hold`, each waiting for `release`.
    private struct Gate {
        var holding = false
        var nextID = 0
        var held: [Int: (query: JobListQuery, resume: CheckedContinuation<Bool, Never>)] = [:]
    }

    /// A seeded store of `jobs` jobs; `nowMS` drives the store's times and the signature dates.
    /// `apis` are the APIs the emulator serves (both by default; `[.v1]` for a v1-only gateway).
    /// `adjust` changes the rest of the emulator's configuration (`live`, `logOrder`, `logCursor`, …).
    public init(
        jobs: Int, seed: UInt64 = 42, apis: Set<EmulatorAPI> = [.v1, .v2],
        nowMS: @escaping @Sendable () -> Int64 = { SampleJobs.nowMS },
        adjust: (inout EmulatorConfiguration) -> Void = { _ in }
    ) {
        self.nowMS = nowMS
        var configuration = EmulatorConfiguration(jobCount: jobs, seed: seed)
        configuration.apis = apis
        adjust(&configuration)
        let service = EmulatorService(configuration: configuration, now: nowMS)
        self.service = service
        pager = V2Pager { query, offset throws(APIError) in
            let response = Self.send(
                service, nowMS: nowMS, method: "POST",
                path: V2Wire.searchPath(projectID: service.configuration.identity.projectID), query: [],
                body: V2Wire.searchBody(query, offset: offset))
            return try V2Wire.decodeSearch(Data(response.body), status: response.status)
        }
    }

    /// Every v2 list query asked so far, oldest first.
    public var listV2Queries: [V2ListQuery] { v2Queries.withLock { $0 } }

    /// Every list query asked so far, oldest first.
    public var listQueries: [JobListQuery] { queries.withLock { $0 } }

    /// While set, every call fails with this error (after being recorded).
    public func setFailure(_ error: APIError?) { failure.withLock { $0 = error } }

    /// While on, list calls wait (as on a slow network) until `release` lets them through.
    public func hold(_ on: Bool) { gate.withLock { $0.holding = on } }

    /// The queries of the list calls waiting now, oldest first.
    public var heldQueries: [JobListQuery] {
        gate.withLock { $0.held.sorted { $0.key < $1.key }.map(\.value.query) }
    }

    /// Lets the held calls whose query matches go on.
    public func release(where matches: (JobListQuery) -> Bool = { _ in true }) {
        let released = gate.withLock { g in
            let ids = g.held.filter { matches($0.value.query) }.keys
            return ids.compactMap { g.held.removeValue(forKey: $0) }
        }
        for call in released { call.resume.resume(returning: true) }
    }

    public func listJobs(_ query: JobListQuery) async throws(APIError) -> JobListPage {
        queries.withLock { $0.append(query) }
        if await !passGate(query) { throw .cancelled }
        if let error = failure.withLock({ $0 }) { throw error }
        let identity = service.configuration.identity
        let response = send(path: "/v1/\(identity.projectID)/training-jobs", query: query.parameters)
        return try WireCoding.decode(JobListPage.self, from: Data(response.body), status: response.status)
    }

    public func listVersions(jobID: JobID) async throws(APIError) -> JobVersionList {
        if let error = failure.withLock({ $0 }) { throw error }
        let identity = service.configuration.identity
        let id = PercentEncoding.encode(jobID.description)
        let response = send(path: "/v1/\(identity.projectID)/training-jobs/\(id)/versions", query: [])
        return try WireCoding.decode(JobVersionList.self, from: Data(response.body), status: response.status)
    }

    public func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        v2Queries.withLock { $0.append(query) }
        if let error = failure.withLock({ $0 }) { throw error }
        return try await pager.page(query)
    }

    public func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail {
        if let error = failure.withLock({ $0 }) { throw error }
        let path = V2Wire.jobPath(projectID: service.configuration.identity.projectID, id: id)
        let response = Self.send(service, nowMS: nowMS, method: "GET", path: path, query: [], body: nil)
        return try V2Wire.decodeDetail(Data(response.body), status: response.status)
    }

    public func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] {
        if let error = failure.withLock({ $0 }) { throw error }
        let path = V2Wire.eventsPath(projectID: service.configuration.identity.projectID, id: id)
        let response = Self.send(service, nowMS: nowMS, method: "GET", path: path, query: V2Wire.eventsQuery, body: nil)
        return try V2Wire.decodeEvents(Data(response.body), status: response.status)
    }

    /// Every `perform` call so far, oldest first, whether it succeeded or not (a failure set by
    /// `setFailure` still counts: the call was made).
    public var performedActions: [JobAction] { actions.withLock { $0 } }

    func record(_ action: JobAction) { actions.withLock { $0.append(action) } }

    /// Throws the error set by `setFailure`, if any.
    func checkFailure() throws(APIError) {
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// A signed request (a JSON body when given) handed to the service.
    func call(_ method: String, _ path: String, query: [(String, String)] = [], body: [UInt8]? = nil)
        -> EmulatorResponse
    {
        Self.send(service, nowMS: nowMS, method: method, path: path, query: query, body: body)
    }

    /// Waits while calls are held; false when the caller's task was cancelled meanwhile.
    private func passGate(_ query: JobListQuery) async -> Bool {
        let id = gate.withLock { g -> Int? in
            guard g.holding else { return nil }
            defer { g.nextID += 1 }
            return g.nextID
        }
        guard let id else { return true }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let cancelled = gate.withLock { g -> Bool in
                    if Task.isCancelled { return true }
                    g.held[id] = (query, continuation)
                    return false
                }
                if cancelled { continuation.resume(returning: false) }
            }
        } onCancel: {
            gate.withLock { $0.held.removeValue(forKey: id) }?.resume.resume(returning: false)
        }
    }

    private func send(path: String, query: [(String, String)]) -> EmulatorResponse {
        Self.send(service, nowMS: nowMS, method: "GET", path: path, query: query, body: nil)
    }

    /// Signs a request as the HTTP client does (a JSON body over its exact bytes, with the SDK's
    /// content type) and hands it to the service.
    private static func send(
        _ service: EmulatorService, nowMS: @Sendable () -> Int64, method: String, path: String,
        query: [(String, String)], body: [UInt8]?
    ) -> EmulatorResponse {
        let identity = service.configuration.identity
        let contentType = body == nil ? V2Wire.plainContentType : V2Wire.jsonContentType
        let signable = SignableRequest(
            method: method, host: "emulator.test", path: path, query: query,
            headers: [("Content-Type", contentType), ("X-Project-Id", identity.projectID)], body: body ?? [])
        let credentials = SigningCredentials(accessKey: identity.accessKey, secretKey: identity.secretKey)
        let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: nowMS() / 1000)
        let parts = signed.wireURI.split(separator: "?", maxSplits: 1)
        let request = EmulatorRequest(
            method: method, path: String(parts[0]), rawQuery: parts.count > 1 ? String(parts[1]) : "",
            headers: signed.headers.map { ($0.name, $0.value) }, body: body ?? [])
        return service.handle(request)
    }
}
