import Foundation

/// The socket work test HTTP servers share: a listening socket on 127.0.0.1 (a free port), one request
/// read off a connection (head and `Content-Length` body), and one `Connection: close` answer. Blocking
/// calls, for servers that give each connection a thread or serve them in turn.
public enum RawHTTP {
    /// One request as received: the request line split, the headers in order, the body bytes.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// The raw query string (after `?`), still percent-encoded.
        public var query: String
        public var headers: [(String, String)]
        public var body: [UInt8]
    }

    /// Listens on 127.0.0.1 at a free port; the socket and the port.
    public static func listen() throws -> (fd: Int32, port: Int) {
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
        guard fd >= 0, bound == 0, Glibc.listen(fd, 16) == 0 else {
            close(fd)
            throw ListenError()
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (fd, Int(UInt16(bigEndian: addr.sin_port)))
    }

    /// Cannot listen on 127.0.0.1.
    public struct ListenError: Error {}

    /// Reads one request from `fd`; nil when the peer closes first or the request line is malformed.
    public static func read(_ fd: Int32) -> Request? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headEnd: Int?
        var contentLength = 0
        while headEnd.map({ data.count < $0 + contentLength }) ?? true {
            let n = Glibc.read(fd, &buffer, buffer.count)
            guard n > 0 else { return nil }
            data += buffer[0..<n]
            if headEnd == nil, let range = find([13, 10, 13, 10], in: data) {
                headEnd = range + 4
                contentLength =
                    headers(data[0..<range]).first { $0.0.lowercased() == "content-length" }
                    .flatMap { Int($0.1) } ?? 0
            }
        }
        guard let end = headEnd else { return nil }
        let head = String(decoding: data[0..<(end - 4)], as: UTF8.self).split(separator: "\r\n")
        let requestLine = head.first?.split(separator: " ").map(String.init) ?? []
        guard requestLine.count >= 2 else { return nil }
        let target = requestLine[1].split(separator: "?", maxSplits: 1).map(String.init)
        return Request(
            method: requestLine[0], path: target[0], query: target.count > 1 ? target[1] : "",
            headers: headers(data[0..<(end - 4)]), body: Array(data[end..<(end + contentLength)]))
    }

    /// Answers with `status` and a JSON `body` (none for 204), `Connection: close`. `MSG_NOSIGNAL`: a client
    /// that gave up (a timeout test) must not end the test process with SIGPIPE.
    public static func reply(_ fd: Int32, status: Int, body: [UInt8]) {
        let length = status == 204 ? "" : "Content-Length: \(body.count)\r\n"
        let head = "HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\n\(length)Connection: close\r\n\r\n"
        _ = (Array(head.utf8) + (status == 204 ? [] : body)).withUnsafeBytes {
            send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
    }

    /// The header lines of a request head (the request line skipped), names and values trimmed.
    static func headers(_ head: ArraySlice<UInt8>) -> [(String, String)] {
        String(decoding: head, as: UTF8.self).split(separator: "\r\n").dropFirst().compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), parts[1].trimmingCharacters(in: .whitespaces))
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
