/// What the log view, the writes and `majobs logs|stop|delete` test an error for, and the sentences
/// they show for the training API's log and write codes (contract §1.1, §6.4, §7, §8).
extension APIError {
    /// ModelArts' "not ready to fetch the log" (documented with HTTP 204, which has no body).
    public static let logNotReadyCode = "ModelArts.2776"
    /// The one line a read-only connection answers every write with, before sending anything.
    public static let readOnlyMessage = "read-only: writes are refused (--read-only or read_only in the profile)"

    /// "Logs not ready yet": a 204 or an empty body from a log call.
    public static func logNotReady(status: Int = 204) -> APIError {
        .server(status: status, code: logNotReadyCode, message: "logs not ready yet")
    }

    /// The refusal of a write on a read-only connection (nothing was sent).
    public static var readOnly: APIError { .invalidRequest(readOnlyMessage) }

    /// True for "logs not ready yet" (204, an empty body, or `ModelArts.2776` in any status).
    public var isLogNotReady: Bool {
        guard case .server(_, let code, _) = self else { return false }
        return code == Self.logNotReadyCode
    }

    /// True for a write refused because the connection is read-only.
    public var isReadOnlyRefusal: Bool { self == .readOnly }

    /// A sentence for the training codes a person meets reading logs and acting on jobs; nil for any other.
    public var explanation: String? {
        guard case .server(_, let code?, _) = self else { return nil }
        switch code {
        case Self.logNotReadyCode: return "logs not ready yet: the job has not written any"
        case "ModelArts.2818": return "no log yet: the log file has not been generated"
        case "ModelArts.2819": return "logs expired: ModelArts keeps them for 30 days"
        case "ModelArts.2820": return "no log at this path: the server says to read it through the old API"
        case "ModelArts.2796": return "the job cannot be stopped now: only Creating, Pending or Running jobs can"
        case "ModelArts.2878": return "the job's status changed meanwhile: try again in a moment"
        case "ModelArts.2812": return "the server does not support this action"
        case Self.jobGoneCode: return "the job no longer exists"
        default: return nil
        }
    }

    /// One line for a person: the explanation with the status and code after it when there is one
    /// (`the job cannot be stopped now: … (HTTP 409 ModelArts.2796)`), else `message`.
    public var readableMessage: String {
        guard let explanation, case .server(let status, let code?, _) = self else { return message }
        return "\(explanation) (HTTP \(status) \(OneLine.clean(code, limit: 40)))"
    }
}
