import AsyncHTTPClient
import Foundation
import ModelArts
import NIOCore

/// Maps transport errors and HTTP error responses to `APIError` with short, one-line texts
/// (never a dump of an HTML page or of a low-level error chain).
enum HTTPFailure {
    /// An error thrown by AsyncHTTPClient / NIO while sending or reading.
    static func map(_ error: any Error, timeout: Duration, connectTimeout: Duration, url: String) -> APIError {
        if error is CancellationError || Task.isCancelled { return .cancelled }
        let target = hostPort(url)
        if let e = error as? HTTPClientError {
            switch e {
            case .cancelled: return .cancelled
            case .deadlineExceeded, .readTimeout, .writeTimeout: return .timeout(seconds: timeout.inSeconds)
            case .connectTimeout, .getConnectionFromPoolTimeout, .tlsHandshakeTimeout:
                return .connection("no connection to \(target) within \(OneLine.seconds(connectTimeout.inSeconds))")
            case .remoteConnectionClosed: return .connection("\(target) closed the connection")
            case .invalidURL, .emptyHost, .emptyScheme, .unsupportedScheme("http"), .unsupportedScheme("https"):
                return .invalidRequest("invalid URL for \(target)")
            default:
                return .connection("\(target): \(OneLine.clean(e.shortDescription, limit: 80))")
            }
        }
        if error is NIOTooManyBytesError {
            return .malformedBody(status: 200, detail: "response larger than \(HTTPTransport.maxBodyBytes >> 20) MiB")
        }
        return .connection("\(target): \(reason(from: String(describing: error)))")
    }

    /// True when a connection was refused: nothing was sent, so even a write may be tried again.
    static func isRefused(_ error: APIError) -> Bool {
        guard case .connection(let detail) = error else { return false }
        return detail.hasSuffix("connection refused")
    }

    /// The most useful few words of a low-level error text (errno names, DNS failures).
    static func reason(from text: String) -> String {
        let lower = text.lowercased()
        let known: [(String, String)] = [
            ("connection refused", "connection refused"),
            ("connection reset", "connection reset"),
            ("broken pipe", "connection broken"),
            ("network is unreachable", "network unreachable"),
            ("no route to host", "no route to host"),
            ("host is down", "host is down"),
            ("dns", "host name not found"),
            ("name or service not known", "host name not found"),
            ("nodename nor servname", "host name not found"),
            ("timed out", "connection timed out"),
            ("ssl", "TLS handshake failed"),
            ("tls", "TLS handshake failed"),
            ("certificate", "TLS certificate not trusted"),
        ]
        for (needle, text) in known where lower.contains(needle) {
            return text
        }
        return OneLine.clean(text, limit: 80)
    }

    /// `host:port` of a URL, for messages.
    static func hostPort(_ url: String) -> String {
        guard let sep = url.range(of: "://") else { return url }
        let rest = url[sep.upperBound...]
        return String(rest.prefix(while: { $0 != "/" && $0 != "?" }))
    }

    /// An HTTP error response: the documented error body's code and message if there is one,
    /// else the status's reason phrase (an HTML page from a load balancer is never shown).
    static func server(status: Int, body: Data) -> APIError {
        if let e = WireCoding.decodeError(from: body) {
            return .server(status: status, code: e.code, message: e.messageWithSolution)
        }
        if let iam = iamError(body) {
            return .server(status: status, code: nil, message: iam)
        }
        return .server(status: status, code: nil, message: reasonPhrase(status))
    }

    /// IAM's error shape: `{"error": {"code": 401, "message": "...", "title": "Unauthorized"}}`.
    static func iamError(_ body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any],
            let error = object["error"] as? [String: Any]
        else { return nil }
        return (error["message"] as? String) ?? (error["title"] as? String)
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 408: return "Request Timeout"
        case 409: return "Conflict"
        case 413: return "Payload Too Large"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return status >= 500 ? "Server Error" : "Client Error"
        }
    }
}
