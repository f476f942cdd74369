import Foundation
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 whose every answer a test scripts: a status and body, or no answer
/// for a while (a timeout at the client). One thread per connection, `Connection: close`; every request is
/// recorded as received, before it is answered. For the log and write paths of the HTTP client.
final class ScriptedHTTPServer: Sendable {
    struct Received: Sendable {
        var method: String
        var path: String
        var query: [(String, String)]
        var body: [UInt8]

        func query(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
    }

    enum Reply: Sendable {
        case answer(status: Int, body: [UInt8])
        /// Waits this long before answering 200 `{}` (past the client's timeout).
        case silence(seconds: Double)

        static func json(_ status: Int, _ text: String) -> Reply { .answer(status: status, body: Array(text.utf8)) }
    }

    let port: Int
    private let listener: Int32
    private let received = Mutex<[Received]>([])
    private let handler: @Sendable (Received) -> Reply
    private let stopped = Mutex(false)

    var endpoint: String { "http://127.0.0.1:\(port)" }
    var requests: [Received] { received.withLock { $0 } }

    init(_ handler: @escaping @Sendable (Received) -> Reply) throws {
        self.handler = handler
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
            throw ServerError()
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
        Thread { [self] in acceptLoop() }.start()
    }

    struct ServerError: Error {}

    /// Stops accepting. The listening socket is closed by the accept thread itself, once its `accept` has
    /// returned: closed here, its number could be reused by another test's server while this thread still
    /// accepts on it, serving that test's requests with this server's script.
    func stop() {
        stopped.withLock { $0 = true }
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0, !stopped.withLock({ $0 }) else {
                if client >= 0 { close(client) }
                close(listener)
                return
            }
            Thread { [self] in
                serve(client)
                close(client)
            }.start()
        }
    }

    private func serve(_ fd: Int32) {
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
        let head = String(decoding: data[0..<(end - 4)], as: UTF8.self).split(separator: "\r\n")
        let requestLine = head.first?.split(separator: " ").map(String.init) ?? []
        guard requestLine.count >= 2 else { return }
        let target = requestLine[1].split(separator: "?", maxSplits: 1).map(String.init)
        let query = (target.count > 1 ? target[1] : "").split(separator: "&").map { item in
            let pair = item.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            return (pair[0], pair.count > 1 ? pair[1] : "")
        }
        let request = Received(
            method: requestLine[0], path: target[0], query: query, body: Array(data[end..<(end + contentLength)]))
        received.withLock { $0.append(request) }
        var status = 200
        var body = Array("{}".utf8)
        switch handler(request) {
        case .answer(let s, let b): (status, body) = (s, b)
        case .silence(let seconds): Thread.sleep(forTimeInterval: seconds)
        }
        let length = status == 204 ? "" : "Content-Length: \(body.count)\r\n"
        let reply = "HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\n\(length)Connection: close\r\n\r\n"
        _ = (Array(reply.utf8) + (status == 204 ? [] : body)).withUnsafeBytes {
            // MSG_NOSIGNAL: a client that gave up (a timeout test) must not kill the test process with SIGPIPE.
            send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where Array(haystack[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}
