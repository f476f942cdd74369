import Foundation

/// The writes on the wire (contract §7, §8): method, path and body of each `JobAction`, and what
/// its answer means. Shared by the HTTP client and tests, so both send the same bytes.
public enum ActionWire {
    /// One write request: the body's exact bytes (signed and sent as they are), nil for none.
    public struct Request: Hashable, Sendable {
        public var method: String
        public var path: String
        public var body: [UInt8]?
    }

    /// The terminate body, always sent (§12 U5: the SDK requires `action_type`).
    public static let terminateBody = Array(#"{"action_type":"terminate"}"#.utf8)

    /// The request for `action` in `projectID`.
    public static func request(_ action: JobAction, projectID: String) -> Request {
        let v1 = "/v1/\(projectID)/training-jobs"
        switch action {
        case .terminateV2(let id):
            return Request(
                method: "POST", path: V2Wire.jobPath(projectID: projectID, id: id) + "/actions", body: terminateBody)
        case .deleteV2(let id):
            return Request(method: "DELETE", path: V2Wire.jobPath(projectID: projectID, id: id), body: nil)
        case .stopV1(let jobID, let versionID):
            return Request(method: "POST", path: "\(v1)/\(jobID)/versions/\(versionID)/stop", body: nil)
        case .deleteV1Job(let jobID):
            return Request(method: "DELETE", path: "\(v1)/\(jobID)", body: nil)
        case .deleteV1Version(let jobID, let versionID):
            return Request(method: "DELETE", path: "\(v1)/\(jobID)/versions/\(versionID)", body: nil)
        }
    }

    /// What a 2xx answer to `action` means. v2 bodies are ignored (a terminate's `JobResponse`, a delete's
    /// empty or `""` body) unless they carry only an error; a v1 body saying `is_success: false` is the
    /// error it carries (§12 U18: decided by `is_success`, then by the status).
    public static func outcome(of action: JobAction, status: Int, body: Data) throws(APIError) -> JobActionOutcome {
        let root = LooseJSON.parse(LogWire.repaired(body)) ?? .null
        let refused: Bool
        if case .bool(false) = root["is_success"] {
            refused = true
        } else {
            refused =
                root["error_code"].text != nil && root["metadata"].isObject == false
                && { if case .bool(true) = root["is_success"] { false } else { true } }()
        }
        if refused {
            let error = APIError.server(
                status: status, code: root["error_code"].text,
                message: root["error_message"].text ?? root["error_msg"].text)
            if let gone = alreadyGone(action, error) { return gone }
            throw error
        }
        return .accepted
    }

    /// A delete answered "not found" (400 `ModelArts.2775`, or a 404 that is not the gateway's) is the end
    /// the person asked for: `.alreadyGone`. Nil for every other error and for the stops.
    public static func alreadyGone(_ action: JobAction, _ error: APIError) -> JobActionOutcome? {
        action.isDelete && error.isJobGone ? .alreadyGone : nil
    }
}
