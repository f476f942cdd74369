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
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard fd >= 0, bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw StubError("cannot listen on 127.0.0.1")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    struct StubError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
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
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headEnd: Int?
        var contentLength = 0
        while true {
            if let end = headEnd, data.count >= end + contentLength { break }
            let n = read(fd, &buffer, buffer.count)
            guard n > 0 else { return }
            data += buffer[0..<n]
            if headEnd == nil, let range = Self.find([13, 10, 13, 10], in: data) {
                headEnd = range + 4
                let head = String(decoding: data[0..<range], as: UTF8.self)
                for line in head.split(separator: "\r\n").dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        contentLength = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0
                    }
                }
            }
        }
        guard let end = headEnd else { return }
        let head = String(decoding: data[0..<(end - 4)], as: UTF8.self).split(separator: "\r\n").map(String.init)
        let requestLine = head.first?.split(separator: " ").map(String.init) ?? []
        guard requestLine.count >= 2 else { return }
        let target = requestLine[1].split(separator: "?", maxSplits: 1).map(String.init)
        let headers = head.dropFirst().compactMap { line -> (String, String)? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
        }
        var request = Received(
            method: requestLine[0], path: target[0], query: target.count > 1 ? target[1] : "", headers: headers,
            body: Array(data[end..<(end + contentLength)]))
        request.signatureFailure = verify(request)
        received.withLock { $0.append(request) }
        let (status, body) = respond(request)
        let reply =
            "HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n"
            + "Connection: close\r\n\r\n"
        _ = (Array(reply.utf8) + body).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
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

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}
