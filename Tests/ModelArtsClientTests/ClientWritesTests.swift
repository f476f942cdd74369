import Foundation
import ModelArts
import Synchronization
import Testing

@testable import ModelArtsClient

/// The writes against a scripted HTTP server: each sent once whatever happens after it may have reached
/// the server; only a refused connection is tried again; read-only sends nothing.
@Suite("HTTP client: writes, sent once")
struct ClientWritesTests {
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    static func client(
        _ endpoint: String, requestTimeout: Double = 15, readOnly: Bool = false,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { _ in }
    ) throws -> ModelArtsHTTPClient {
        var configuration = try ClientTestKit.configuration(endpoint: endpoint, requestTimeout: requestTimeout)
        configuration.readOnly = readOnly
        return ModelArtsHTTPClient(configuration: configuration, sleep: sleep)
    }

    @Test("terminate posts {\"action_type\":\"terminate\"} once and is accepted on 202")
    func terminate() async throws {
        let server = try ScriptedHTTPServer { _ in
            .json(202, #"{"kind":"job","metadata":{"id":"x"},"status":{"phase":"Terminating"}}"#)
        }
        defer { server.stop() }
        #expect(try await Self.client(server.endpoint).perform(.terminateV2(id: Self.job)) == .accepted)
        let sent = try #require(server.requests.first)
        #expect(server.requests.count == 1 && sent.method == "POST")
        #expect(sent.path == "/v2/\(ClientTestKit.identity.projectID)/training-jobs/\(Self.job)/actions")
        #expect(String(decoding: sent.body, as: UTF8.self) == #"{"action_type":"terminate"}"#)
    }

    @Test(
        "a write answered 500, 502, 503 or 429 is sent exactly once and fails with the server's line",
        arguments: [500, 502, 503, 429])
    func serverErrorOnce(status: Int) async throws {
        let server = try ScriptedHTTPServer { _ in .json(status, #"{"error_code":"ModelArts.0001","error_msg":"boom"}"#)
        }
        defer { server.stop() }
        let error = await ClientTestKit.failure {
            try await Self.client(server.endpoint).perform(.deleteV2(id: Self.job))
        }
        #expect(error == .server(status: status, code: "ModelArts.0001", message: "boom"))
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.method == "DELETE")
    }

    @Test("a write that times out is sent exactly once")
    func timeoutOnce() async throws {
        // Far longer than the timeout: under load (the full suite on two shared cores) a short silence
        // ended before the starved client's deadline fired.
        let server = try ScriptedHTTPServer { _ in .silence(seconds: 120) }
        defer { server.stop() }
        let error = await ClientTestKit.failure {
            try await Self.client(server.endpoint, requestTimeout: 1).perform(.stopV1(jobID: 10, versionID: 11))
        }
        guard case .timeout = error else { Issue.record("not a timeout: \(String(describing: error))"); return }
        // Give a re-send time to arrive, were there one.
        try await Task.sleep(for: .milliseconds(600))
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.path.hasSuffix("/training-jobs/10/versions/11/stop") == true)
    }

    @Test("a refused connection (nothing sent) is tried again within the policy's attempts, then fails")
    func refusedRetried() async throws {
        let waits = Mutex<[Duration]>([])
        let client = try Self.client("http://127.0.0.1:\(try await ClientTestKit.closedPort())") { d in
            waits.withLock { $0.append(d) }
        }
        let error = await ClientTestKit.failure { try await client.perform(.deleteV1Job(jobID: 10)) }
        guard case .connection(let text) = error else {
            Issue.record("not a connection error: \(String(describing: error))"); return
        }
        #expect(text.hasSuffix("connection refused"))
        #expect(waits.withLock { $0.count } == ClientTestKit.fastRetry.maxAttempts - 1)
    }

    @Test(
        "read-only refuses every write before anything is sent",
        arguments: [
            JobAction.terminateV2(id: job), .deleteV2(id: job), .stopV1(jobID: 1, versionID: 2), .deleteV1Job(jobID: 1),
            .deleteV1Version(jobID: 1, versionID: 2),
        ])
    func readOnly(action: JobAction) async throws {
        let server = try ScriptedHTTPServer { _ in .json(202, "{}") }
        defer { server.stop() }
        let error = await ClientTestKit.failure {
            try await Self.client(server.endpoint, readOnly: true).perform(action)
        }
        #expect(error?.isReadOnlyRefusal == true)
        #expect(error?.message == "read-only: writes are refused (--read-only or read_only in the profile)")
        #expect(server.requests.isEmpty)
    }

    @Test("a delete of a gone job (400 2775) is already gone; a stop of one is an error; 409 2796 reads as a sentence")
    func outcomes() async throws {
        let server = try ScriptedHTTPServer { r in
            if r.path.hasSuffix("/actions") {
                return .json(409, #"{"error_code":"ModelArts.2796","error_msg":"The job cannot be terminated."}"#)
            }
            return .json(400, #"{"error_code":"ModelArts.2775","error_msg":"Training job not found."}"#)
        }
        defer { server.stop() }
        let client = try Self.client(server.endpoint)
        #expect(try await client.perform(.deleteV2(id: Self.job)) == .alreadyGone)
        let stop = await ClientTestKit.failure { try await client.perform(.terminateV2(id: Self.job)) }
        #expect(
            stop?.readableMessage
                == "the job cannot be stopped now: only Creating, Pending or Running jobs can (HTTP 409 ModelArts.2796)"
        )
        #expect(server.requests.count == 2)
    }

    @Test("v1: is_success true is accepted, is_success false (even with 200) is the error it carries")
    func v1Bodies() async throws {
        let server = try ScriptedHTTPServer { r in
            if r.path.hasSuffix("/stop") { return .json(200, #"{"is_success":true}"#) }
            return .json(200, #"{"is_success":false,"error_code":"ModelArts.0105","error_message":"Error string"}"#)
        }
        defer { server.stop() }
        let client = try Self.client(server.endpoint)
        #expect(try await client.perform(.stopV1(jobID: 10, versionID: 11)) == .accepted)
        let error = await ClientTestKit.failure { try await client.perform(.deleteV1Version(jobID: 10, versionID: 11)) }
        #expect(error == .server(status: 200, code: "ModelArts.0105", message: "Error string"))
        #expect(server.requests.map(\.method) == ["POST", "DELETE"])
        #expect(server.requests.first?.body.isEmpty == true, "v1 stop has no body")
    }
}
