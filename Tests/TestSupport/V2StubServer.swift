import Foundation
import ModelArts
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 (blocking sockets on one thread, `Connection: close`) that serves
/// v2 searches from a `FakeV2Server`, one canned detail and events, and 400 `ModelArts.2775` for any other
/// job; every request's signature is checked, and every request is recorded as received. For client tests
/// of the v2 wire (body bytes, headers, signing, paging) until the emulator serves v2 itself.
public final class V2StubServer: Sendable {
    /// One request as received.
    public struct Received: Sendable {
        public var method: String
        public var path: String
        public var query: String
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Nil when the signature verified, else why not.
        public var signatureFailure: String?

        public func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    public let port: Int
    public let fake: FakeV2Server
    public let projectID: String
    /// The job the detail and events routes know.
    public let knownJob: String
    private let listener: Int32
    private let received = Mutex<[Received]>([])
    private let verifier: SignatureVerifier
    private let detailBody: [UInt8]
    private let eventsBody: [UInt8]

    public var endpoint: String { "http://127.0.0.1:\(port)" }
    public var requests: [Received] { received.withLock { $0 } }

    /// Starts serving at once; `stop()` ends it.
    public init(
        fake: FakeV2Server, projectID: String, accessKey: String, secretKey: String, knownJob: String,
        detailBody: [UInt8], eventsBody: [UInt8]
    ) throws {
        self.fake = fake
        self.projectID = projectID
        self.knownJob = knownJob
        self.detailBody = detailBody
        self.eventsBody = eventsBody
        verifier = SignatureVerifier { $0 == accessKey ? secretKey : nil }
        let (fd, port) = try RawHTTP.listen()
        listener = fd
        self.port = port
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            serve(client)
            close(client)
        }
    }

    private func serve(_ fd: Int32) {
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let raw = RawHTTP.read(fd) else { return }
        var request = Received(
            method: raw.method, path: raw.path, query: raw.query, headers: raw.headers, body: raw.body)
        request.signatureFailure = verify(request)
        received.withLock { $0.append(request) }
        let (status, body) = respond(request)
        RawHTTP.reply(fd, status: status, body: body)
    }

    private func verify(_ r: Received) -> String? {
        let host = r.header("Host") ?? ""
        let signable = SignableRequest(
            method: r.method, host: host, path: r.path, query: PercentEncoding.parseQuery(r.query[...]),
            headers: r.headers, body: r.body)
        do {
            try verifier.verify(signable, nowEpochSeconds: Int64(Date().timeIntervalSince1970))
            return nil
        } catch {
            return error.description
        }
    }

    private func respond(_ r: Received) -> (Int, [UInt8]) {
        if let failure = r.signatureFailure {
            return (401, Array(#"{"error_code":"APIGW.0301","error_msg":"\#(failure)"}"#.utf8))
        }
        let search = "/v2/\(projectID)/training-job-searches"
        let job = "/v2/\(projectID)/training-jobs/"
        if r.method == "POST", r.path == search {
            guard let (query, offset) = Self.parseSearch(r.body) else {
                return (400, Array(#"{"error_code":"ModelArts.2787","error_msg":"InvalidJsonBody"}"#.utf8))
            }
            return (200, fake.responseBody(query, wireOffset: offset))
        }
        if r.method == "GET", r.path.hasPrefix(job) {
            let rest = String(r.path.dropFirst(job.count))
            if rest == knownJob { return (200, detailBody) }
            if rest == knownJob + "/events" { return (200, eventsBody) }
            let id = rest.split(separator: "/").first.map(String.init) ?? rest
            return (
                400,
                Array(#"{"error_code":"ModelArts.2775","error_msg":"Training job (ID: \#(id)) not found."}"#.utf8)
            )
        }
        return (404, Array(#"{"error_code":"APIGW.0101","error_msg":"The API does not exist"}"#.utf8))
    }

    /// The search body's paging and filters, as a query on page 1 plus the wire offset.
    static func parseSearch(_ body: [UInt8]) -> (V2ListQuery, Int)? {
        guard let root = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
            let offset = root["offset"] as? Int, let limit = root["limit"] as? Int,
            root["sort_by"] as? String == "create_time"
        else { return nil }
        var name = "", phases: [String] = [], ids: [String] = []
        for filter in root["filters"] as? [[String: Any]] ?? [] {
            let values = filter["value"] as? [String] ?? []
            switch (filter["key"] as? String, filter["operator"] as? String) {
            case ("name", "like"): name = values.first ?? ""
            case ("phase", "in"): phases = values
            case ("id", "in"): ids = values
            default: return nil
            }
        }
        let order = SortOrder(rawValue: root["order"] as? String ?? "desc") ?? .desc
        guard let query = try? V2ListQuery(limit: limit, name: name, phases: phases, ids: ids, order: order) else {
            return nil
        }
        return (query, offset)
    }
}
