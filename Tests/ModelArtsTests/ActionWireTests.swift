import Foundation
import Testing

@testable import ModelArts

@Suite("action wire: the five writes' requests and what their answers mean")
struct ActionWireTests {
    static let project = "0123456789abcdef0123456789abcdef"
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    @Test("methods, paths and bodies are the contract's; only terminate has a body")
    func requests() {
        let p = Self.project
        let terminate = ActionWire.request(.terminateV2(id: Self.job), projectID: p)
        #expect(terminate.method == "POST" && terminate.path == "/v2/\(p)/training-jobs/\(Self.job)/actions")
        #expect(terminate.body.map { String(decoding: $0, as: UTF8.self) } == #"{"action_type":"terminate"}"#)
        let cases: [(JobAction, String, String)] = [
            (.deleteV2(id: Self.job), "DELETE", "/v2/\(p)/training-jobs/\(Self.job)"),
            (.stopV1(jobID: 10, versionID: 11), "POST", "/v1/\(p)/training-jobs/10/versions/11/stop"),
            (.deleteV1Job(jobID: 10), "DELETE", "/v1/\(p)/training-jobs/10"),
            (.deleteV1Version(jobID: 10, versionID: 11), "DELETE", "/v1/\(p)/training-jobs/10/versions/11"),
        ]
        for (action, method, path) in cases {
            let r = ActionWire.request(action, projectID: p)
            #expect(r.method == method && r.path == path && r.body == nil, "\(action)")
        }
    }

    @Test("2xx answers are accepted: a v2 JobResponse, an empty or \"\" body, v1 is_success true")
    func accepted() throws {
        let bodies = [#"{"kind":"job","metadata":{"id":"x"},"status":{"phase":"Terminating"}}"#, "", #""""#]
        for body in bodies {
            #expect(try ActionWire.outcome(of: .terminateV2(id: "x"), status: 202, body: Data(body.utf8)) == .accepted)
        }
        #expect(
            try ActionWire.outcome(
                of: .stopV1(jobID: 1, versionID: 2), status: 200, body: Data(#"{"is_success":true}"#.utf8)) == .accepted
        )
    }

    @Test("v1 is_success false is an error with its code and message; 2775 on a delete is already gone")
    func refused() throws {
        let body = Data(#"{"is_success":false,"error_code":"ModelArts.0105","error_message":"Error string"}"#.utf8)
        #expect(throws: APIError.server(status: 200, code: "ModelArts.0105", message: "Error string")) {
            try ActionWire.outcome(of: .stopV1(jobID: 1, versionID: 2), status: 200, body: body)
        }
        let gone = APIError.server(status: 400, code: "ModelArts.2775", message: "not found")
        #expect(ActionWire.alreadyGone(.deleteV2(id: "x"), gone) == .alreadyGone)
        #expect(ActionWire.alreadyGone(.deleteV1Version(jobID: 1, versionID: 2), gone) == .alreadyGone)
        #expect(ActionWire.alreadyGone(.terminateV2(id: "x"), gone) == nil, "a stop of a gone job is an error")
        let conflict = APIError.server(status: 409, code: "ModelArts.2878", message: "Job status changed")
        #expect(ActionWire.alreadyGone(.deleteV2(id: "x"), conflict) == nil)
    }

    @Test(
        "each log and write code reads as one sentence naming status and code",
        arguments: [
            ("ModelArts.2818", 400, "no log yet"), ("ModelArts.2819", 400, "logs expired"),
            ("ModelArts.2820", 400, "no log at this path"), ("ModelArts.2796", 409, "the job cannot be stopped now"),
            ("ModelArts.2878", 409, "the job's status changed"), ("ModelArts.2812", 400, "the server does not support"),
        ])
    func readable(code: String, status: Int, start: String) {
        let error = APIError.server(status: status, code: code, message: "raw")
        #expect(error.readableMessage.hasPrefix(start))
        #expect(error.readableMessage.hasSuffix("(HTTP \(status) \(code))"))
        #expect(!error.readableMessage.contains("\n"))
    }

    @Test("other errors read as their message; read-only is its own refusal")
    func otherMessages() {
        let other = APIError.server(status: 403, code: "ModelArts.0203", message: "denied")
        #expect(other.readableMessage == other.message)
        #expect(APIError.readOnly.isReadOnlyRefusal && APIError.readOnly.message == APIError.readOnlyMessage)
        #expect(!other.isReadOnlyRefusal && !other.isLogNotReady)
    }
}
