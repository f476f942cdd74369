import Foundation
import ModelArts
import ModelArtsEmulator
import TestSupport
import Testing

@testable import ModelArtsClient

/// The HTTP client's v2 calls over real loopback sockets, against `V2StubServer` (a v2 server whose
/// paging semantics the test picks) and the emulator (v1 only on this branch: v2 answers 404 APIGW.0101).
@Suite("Client: v2 search, detail, events, paging and the API choice over HTTP")
struct ClientV2Tests {
    static let job = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    static func stub(
        jobs: Int, offset: V2Paging.Offset = .page, count: V2Paging.Count = .matching
    ) throws -> V2StubServer {
        let identity = ClientTestKit.identity
        let detail = #"{"metadata": {"id": "\#(job)", "name": "d"}, "status": {"phase": "Failed"}}"#
        let events =
            #"{"events": [{"time": "2022-11-26T16:03:41+08:00", "level": "Error", "message": "boom", "source": "Job"}]}"#
        return try V2StubServer(
            fake: FakeV2Server(jobs: jobs, offset: offset, count: count), projectID: identity.projectID,
            accessKey: identity.accessKey, secretKey: identity.secretKey, knownJob: job,
            detailBody: Array(detail.utf8), eventsBody: Array(events.utf8))
    }

    static func client(_ stub: V2StubServer) throws -> ModelArtsHTTPClient {
        ModelArtsHTTPClient(configuration: try ClientTestKit.configuration(endpoint: stub.endpoint))
    }

    @Test("a search POSTs the JSON body it signed, with the SDK's content type and X-Project-Id")
    func searchRequest() async throws {
        let stub = try Self.stub(jobs: 5)
        defer { stub.stop() }
        let query = try V2ListQuery(limit: 3, name: "job", phases: ["Running"])
        let page = try await Self.client(stub).listV2Jobs(query)
        #expect(page.jobs.map(\.id.description) == ["job-00004", "job-00002", "job-00000"])
        #expect(page.totalCount == 3)
        let request = try #require(stub.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v2/\(ClientTestKit.identity.projectID)/training-job-searches")
        #expect(request.signatureFailure == nil)
        #expect(request.header("Content-Type") == "application/json;charset=utf-8")
        #expect(request.header("X-Project-Id") == ClientTestKit.identity.projectID)
        #expect(
            request.header("Authorization")?.contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date") == true
        )
        #expect(request.body == V2Wire.searchBody(query, offset: 0))
        #expect(!page.rawJobs.isEmpty && page.rawJobs.prettyJSON(for: page.jobs[0].id)?.contains("metadata") == true)
    }

    @Test(
        "every job exactly once, newest first, under both offset and count semantics",
        arguments: [V2Paging.Offset.page, .record], [V2Paging.Count.matching, .pageSize])
    func pagesBothWays(offset: V2Paging.Offset, count: V2Paging.Count) async throws {
        let stub = try Self.stub(jobs: 23, offset: offset, count: count)
        defer { stub.stop() }
        let client = try Self.client(stub)
        var ids: [String] = []
        var query = try V2ListQuery(limit: 5)
        while true {
            let page = try await client.listV2Jobs(query)
            ids += page.jobs.map(\.id.description)
            if page.jobs.count < query.limit { break }
            query = try query.onPage(query.page + 1)
        }
        #expect(ids == (0..<23).reversed().map(FakeV2Server.id))
        let probes = stub.requests.filter {
            (try? JSONSerialization.jsonObject(with: Data($0.body)) as? [String: Any])?["limit"] as? Int == 2
        }
        #expect(probes.count == 3, "one probe per client")
        #expect(stub.requests.allSatisfy { $0.signatureFailure == nil })
    }

    @Test("detail and events decode; an unknown job is 400 ModelArts.2775, a gone job")
    func detailAndEvents() async throws {
        let stub = try Self.stub(jobs: 1)
        defer { stub.stop() }
        let client = try Self.client(stub)
        let detail = try await client.v2JobDetail(id: Self.job)
        #expect(detail.job.status == .phase("Failed"))
        let events = try await client.v2JobEvents(id: Self.job)
        #expect(events.map(\.message) == ["boom"])
        let eventsRequest = try #require(stub.requests.last)
        #expect(eventsRequest.query == "limit=100&offset=0&order=desc")
        #expect(eventsRequest.header("Content-Type") == "application/json")
        let gone = await ClientTestKit.failure { try await client.v2JobDetail(id: "nope") }
        #expect(gone?.isJobGone == true)
        #expect(gone?.message.contains("ModelArts.2775") == true)
    }

    @Test("auto on a v1-only server (the emulator): v2 is absent (404 APIGW.0101), v1 is the API")
    func autoFallsBackToV1() async throws {
        var configuration = EmulatorConfiguration(jobCount: 12)
        configuration.apis = [.v1]  // the emulator serves both by default
        let server = try await EmulatorServer.start(configuration)
        defer { Task { await server.stop() } }
        do {
            let client = try ClientTestKit.client(for: server, requestTimeout: 15)
            let availability = try await APIAvailability.resolve(.auto, api: client)
            #expect(availability == APIAvailability(available: [.v1], preferred: .v1))
            #expect(!availability.hasBoth)
            let v2 = await ClientTestKit.failure { try await client.listV2Jobs(try V2ListQuery(limit: 1)) }
            #expect(v2?.isRouteAbsent == true)
            #expect(server.service.requestCount == 3, "one small request per API, and the direct call")
        }
    }

    @Test("auto on a v2-only server: v1 is absent, v2 is the API; a fixed choice sends nothing")
    func autoFindsV2() async throws {
        let stub = try Self.stub(jobs: 4)
        defer { stub.stop() }
        let client = try Self.client(stub)
        let availability = try await APIAvailability.resolve(.auto, api: client)
        #expect(availability == APIAvailability(available: [.v2], preferred: .v2))
        #expect(stub.requests.count == 2)
        let fixed = try await APIAvailability.resolve(.v1, api: client)
        #expect(fixed == APIAvailability(available: [.v1], preferred: .v1))
        #expect(stub.requests.count == 2)
    }

    @Test("auto with a wrong key reports the 401, not a missing API")
    func autoReportsAuthFailure() async throws {
        try await ClientTestKit.withEmulator(jobs: 3) { server in
            let client = try ClientTestKit.client(for: server, secretKey: "not-the-secret-key-000000000000")
            let failure = await ClientTestKit.failure { try await APIAvailability.resolve(.auto, api: client) }
            #expect(failure?.message.contains("HTTP 401") == true)
        }
    }
}
