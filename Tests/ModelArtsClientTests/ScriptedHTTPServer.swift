import Foundation
import Synchronization
import TestSupport

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
        let (fd, port) = try RawHTTP.listen()
        listener = fd
        self.port = port
        Thread { [self] in acceptLoop() }.start()
    }

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
        guard let raw = RawHTTP.read(fd) else { return }
        let query = raw.query.split(separator: "&").map { item in
            let pair = item.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
            return (pair[0], pair.count > 1 ? pair[1] : "")
        }
        let request = Received(method: raw.method, path: raw.path, query: query, body: raw.body)
        received.withLock { $0.append(request) }
        var status = 200
        var body = Array("{}".utf8)
        switch handler(request) {
        case .answer(let s, let b): (status, body) = (s, b)
        case .silence(let seconds): Thread.sleep(forTimeInterval: seconds)
        }
        RawHTTP.reply(fd, status: status, body: body)
    }
}
