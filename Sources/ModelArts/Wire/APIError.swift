/// Every way a call can fail. `message` fits one status line: HTTP status, error code, message,
/// and for authentication failures which credential to check. Never holds a secret.
public enum APIError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The server answered with an error (an HTTP error status, or `is_success: false`).
    case server(status: Int, code: String?, message: String?)
    /// The server answered 200 but the body is not what the contract says.
    case malformedBody(status: Int, detail: String)
    /// The server asked us to slow down and we ran out of retries.
    case rateLimited(retryAfterSeconds: Double?)
    /// No answer within the deadline.
    case timeout(seconds: Double)
    /// The connection could not be made or broke (refused, DNS, reset).
    case connection(String)
    /// The query or configuration was refused before anything was sent.
    case invalidRequest(String)
    /// The caller stopped waiting.
    case cancelled

    public var description: String { message }

    /// HTTP status, if the server answered.
    var httpStatus: Int? {
        switch self {
        case .server(let s, _, _), .malformedBody(let s, _): return s
        case .rateLimited: return 429
        default: return nil
        }
    }

    /// True when sending the same read again at once may succeed: connection errors, 429, 502, 503, 504.
    /// Never a timeout: that attempt already took the whole request timeout, so retrying it would multiply
    /// the wait, and the server may still be working on it. Only reads are retried; a write once sent never is.
    public var isRetryable: Bool {
        switch self {
        case .server(let s, _, _): return s == 429 || s == 502 || s == 503 || s == 504
        case .rateLimited, .connection: return true
        case .timeout, .malformedBody, .invalidRequest, .cancelled: return false
        }
    }

    /// True when the failure is about credentials (401/403, APIGW.03xx, ModelArts.02xx).
    var isAuthentication: Bool {
        guard case .server(let s, let code, _) = self else { return false }
        if s == 401 { return true }
        guard let code else { return false }
        return code.hasPrefix("APIGW.03") || code.hasPrefix("ModelArts.02")
    }

    /// One line for a status bar or stderr.
    public var message: String {
        switch self {
        case .server(let status, let code, let message):
            var parts = ["HTTP \(status)"]
            if let code, !code.isEmpty { parts.append(OneLine.clean(code, limit: 40)) }
            var line = parts.joined(separator: " ")
            let text = OneLine.clean(message ?? "", limit: 160)
            line += text.isEmpty ? "" : ": \(text)"
            if let hint = authenticationHint { line += " (\(hint))" }
            return line
        case .malformedBody(let status, let detail):
            return Self.joined("HTTP \(status): malformed response", OneLine.clean(detail, limit: 120))
        case .rateLimited(let after):
            // Retry-After comes from the server: only a sane number is shown, and never traps.
            guard let after, after.isFinite, after >= 0 else { return "HTTP 429: too many requests" }
            return "HTTP 429: too many requests (retry after \(Int(min(after, 1e9).rounded(.up)))s)"
        case .timeout(let seconds):
            return "no response within \(OneLine.seconds(seconds)): request timed out"
        case .connection(let detail):
            return Self.joined("cannot reach the server", OneLine.clean(detail, limit: 160))
        case .invalidRequest(let detail):
            let text = OneLine.clean(detail, limit: 200)
            return text.isEmpty ? "invalid request" : text
        case .cancelled:
            return "request cancelled"
        }
    }

    /// `head: detail`, or just `head` when there is no detail (no dangling colon).
    private static func joined(_ head: String, _ detail: String) -> String {
        detail.isEmpty ? head : "\(head): \(detail)"
    }

    /// Which credential to check for an authentication failure. Shown in parentheses after the
    /// server's text, so a hint holds no parentheses of its own (the line reads without nesting).
    public var authenticationHint: String? {
        guard case .server(let status, let code, let message) = self else { return nil }
        let text = (message ?? "").lowercased()
        switch code {
        case "APIGW.0301", "APIGW.0303", "ModelArts.0206":
            if text.contains("expired") || text.contains("time") {
                return "check the system clock: signatures are valid for 15 minutes"
            }
            return "check the access key and secret key, HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK"
        case "APIGW.0302", "APIGW.0307", "ModelArts.0201", "ModelArts.0202":
            return "check the IAM token: it may be missing or expired"
        case "ModelArts.0205":
            return "no credentials were sent: configure an access key or a token"
        case "ModelArts.0210":
            return "check the project id, HUAWEICLOUD_SDK_PROJECT_ID, matches the credentials"
        default:
            if status == 401 { return "check the credentials" }
            if status == 403 { return "check the credentials' permissions and project id" }
            return nil
        }
    }
}
