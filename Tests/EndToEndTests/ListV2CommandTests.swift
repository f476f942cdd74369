import Foundation
import ModelArts
import ModelArtsEmulator
import Testing
import TestSupport

/// `majobs list --api v2` as a real process, against `V2StubServer` (a real HTTP v2 server whose offset and
/// count semantics the test picks) until the emulator serves v2, and against the v1-only emulator for `auto`.
@Suite("majobs list on v2, run as a real process", .serialized)
struct ListV2CommandTests {
    static func stub(jobs: Int, offset: V2Paging.Offset, count: V2Paging.Count = .matching) throws -> V2StubServer {
        let identity = EmulatorIdentity.demo
        return try V2StubServer(
            fake: FakeV2Server(jobs: jobs, offset: offset, count: count), projectID: identity.projectID,
            accessKey: identity.accessKey, secretKey: identity.secretKey, knownJob: "none", detailBody: [],
            eventsBody: [])
    }

    static func run(_ arguments: [String], endpoint: String) async throws -> ProcessResult {
        let home = try TempHome()
        try home.writeCredentials(.demo)
        return try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--endpoint", endpoint] + arguments, environment: home.environment)
    }

    @Test(
        "--all --output csv returns every matching job exactly once under both offset semantics",
        arguments: [V2Paging.Offset.page, .record], [V2Paging.Count.matching, .pageSize])
    func allOnce(offset: V2Paging.Offset, count: V2Paging.Count) async throws {
        let stub = try Self.stub(jobs: 137, offset: offset, count: count)
        defer { stub.stop() }
        let r = try await Self.run(
            ["--api", "v2", "--all", "--per-page", "20", "--output", "csv", "--status", "running"],
            endpoint: stub.endpoint)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let rows = r.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("id,name,phase,secondary_phase,create_time") == true)
        let ids = rows.dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(ids == (0..<137).reversed().filter { $0 % 2 == 0 }.map(FakeV2Server.id))
        #expect(stub.requests.allSatisfy { $0.signatureFailure == nil })
    }

    @Test("the table has v2's columns with a short id; --output json gives the items as received")
    func tableAndJSON() async throws {
        let stub = try Self.stub(jobs: 3, offset: .page)
        defer { stub.stop() }
        let table = try await Self.run(["--api", "v2"], endpoint: stub.endpoint)
        #expect(table.status == 0, "stderr: \(table.stderr)")
        let header = try #require(table.stdout.split(separator: "\n").first)
        #expect(header.hasPrefix("NAME") && header.contains("NODES × FLAVOR") && header.contains("ALGORITHM/IMAGE"))
        #expect(table.stdout.contains("job-0000  ") || table.stdout.hasSuffix("job-0000\n"), "ids cut to 8 characters")
        let json = try await Self.run(["--api", "v2", "--output", "json"], endpoint: stub.endpoint)
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == 3 && object["count"] as? Int == 3)
        #expect((items.first?["metadata"] as? [String: Any])?["id"] as? String == "job-00002")
    }

    @Test("--sort name sorts every matching job locally and says so on stderr")
    func localSort() async throws {
        let stub = try Self.stub(jobs: 60, offset: .record)
        defer { stub.stop() }
        let r = try await Self.run(
            ["--api", "v2", "--sort", "name", "--per-page", "5", "--page", "2", "--output", "csv"],
            endpoint: stub.endpoint)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("sorted locally by name: v2 sorts only by creation time (60 jobs)"))
        let ids = r.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(ids == (5..<10).map(FakeV2Server.id))
    }

    @Test("--per-page 51 with v2: one line naming the range, exit 64, nothing sent")
    func perPage51() async throws {
        let stub = try Self.stub(jobs: 3, offset: .page)
        defer { stub.stop() }
        let r = try await Self.run(["--api", "v2", "--per-page", "51"], endpoint: stub.endpoint)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        // ArgumentParser's usage lines follow the one error line, as for every usage error.
        #expect(r.stderr.hasPrefix("Error: --per-page 51 is out of range: allowed 1...50\n"))
        #expect(stub.requests.isEmpty)
    }

    @Test("a profile's api = \"v2\" makes --per-page 51 a usage error after reading the config, still before sending")
    func profileAPI() async throws {
        let stub = try Self.stub(jobs: 3, offset: .page)
        defer { stub.stop() }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let config = "[profiles.new]\nendpoint = \"\(stub.endpoint)\"\napi = \"v2\"\n"
        let dir = home.path + "/.config/majobs"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(config.utf8).write(to: URL(fileURLWithPath: dir + "/config.toml"))
        let bad = try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--profile", "new", "--per-page", "51"], environment: home.environment)
        #expect(bad.status == 64, "stderr: \(bad.stderr)")
        #expect(bad.stderr == "Error: --per-page 51 is out of range: allowed 1...50\n")
        #expect(stub.requests.isEmpty)
        let good = try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--profile", "new", "--output", "csv"], environment: home.environment)
        #expect(good.status == 0, "stderr: \(good.stderr)")
        #expect(good.stdout.hasPrefix("id,name,phase"))
    }

    @Test("auto on a v1-only server lists v1 after one 404 APIGW.0101 for v2")
    func autoFallsBack() async throws {
        var configuration = EmulatorConfiguration(jobCount: 20)
        configuration.apis = [.v1]  // the emulator serves both by default
        let server = try await EmulatorServer.start(configuration)
        let r = try await Self.run(["--per-page", "5"], endpoint: server.endpoint)
        let requests = server.service.requestCount
        await server.stop()
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.hasPrefix("NAME") && r.stdout.contains("VERSIONS"))
        #expect(r.stdout.split(separator: "\n").count == 6)
        #expect(requests == 2, "the v2 search, then the v1 page")
    }
}
