import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// `majobs logs|stop|delete` as real processes against the emulator over loopback HTTP: the tail, a
/// follow that ends when the job ends (stopped by a second process), `stop --yes`, and the refusals that
/// send nothing (no terminal without --yes, --read-only). Relies on the emulator's log and write routes
/// (the agreed behaviour: logs per job and task, terminate Running → Terminating → Terminated in 3–7 s).
@Suite("majobs logs, stop and delete, run as real processes", .serialized)
struct JobCommandsTests {
    static let identity = EmulatorIdentity.demo

    /// An emulator over loopback and a home holding its credentials, for one test's processes.
    struct World {
        let server: EmulatorServer
        let home: TempHome

        /// `majobs ARGUMENTS[0] --endpoint URL ARGUMENTS[1...]` in the home.
        func run(_ arguments: [String], timeout: Double = 60) async throws -> ProcessResult {
            try await ProcessRunner.run(
                try ProductBinary.majobs, [arguments[0], "--endpoint", server.endpoint] + arguments.dropFirst(),
                environment: home.environment, timeoutSeconds: timeout)
        }

        func stop() { Task { await server.stop() } }
    }

    /// A world of 40 jobs (growing logs and moving states with `live`).
    static func world(live: Bool = false) async throws -> World {
        var configuration = EmulatorConfiguration(jobCount: 40, identity: identity)
        configuration.live = live
        let world = World(server: try await EmulatorServer.start(configuration), home: try TempHome())
        try world.home.writeCredentials(identity)
        return world
    }

    /// The id of the first v2 job in `phase`, from `majobs list`.
    static func v2Job(phase: String, in world: World) async throws -> String {
        let r = try await world.run(["list", "--api", "v2", "--status", phase, "--output", "csv", "--per-page", "50"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let row = try #require(r.stdout.components(separatedBy: "\r\n").dropFirst().first { !$0.isEmpty })
        return try #require(row.split(separator: ",").first.map(String.init))
    }

    /// The v2 job's phase now, from the whole list as CSV.
    static func phase(of id: String, in world: World) async throws -> String? {
        let r = try await world.run(["list", "--api", "v2", "--output", "csv", "--per-page", "50", "--all"])
        let row = r.stdout.components(separatedBy: "\r\n").first { $0.hasPrefix(id + ",") }
        return row?.split(separator: ",").dropFirst(2).first.map(String.init)
    }

    @Test("logs --tail 5 prints the newest five lines, with no escape byte on a pipe")
    func tail() async throws {
        let world = try await Self.world()
        defer { world.stop() }
        let id = try await Self.v2Job(phase: "running", in: world)
        let r = try await world.run(["logs", "--api", "v2", "--tail", "5", id])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("logs --follow ends by itself when the job ends (stopped by another process)")
    func followEnds() async throws {
        let world = try await Self.world(live: true)
        defer { world.stop() }
        let id = try await Self.v2Job(phase: "running", in: world)
        let follow = Task {
            try await world.run(
                ["logs", "--api", "v2", "--tail", "3", "--follow", id], timeout: 90)
        }
        try await Task.sleep(for: .seconds(2))
        let stop = try await world.run(["stop", "--api", "v2", "--yes", id])
        #expect(stop.status == 0, "stderr: \(stop.stderr)")
        let r = try await follow.value
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("has ended: Terminated"))
        #expect(r.stdout.split(separator: "\n").count >= 3)
    }

    @Test("stop --yes terminates a running job: it reads Terminating or Terminated afterwards")
    func stopYes() async throws {
        let world = try await Self.world()
        defer { world.stop() }
        let id = try await Self.v2Job(phase: "running", in: world)
        let r = try await world.run(["stop", "--api", "v2", "--yes", id])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.hasPrefix("stopping job ") && r.stdout.contains(id))
        let phase = try await Self.phase(of: id, in: world)
        #expect(phase == "Terminating" || phase == "Terminated")
    }

    @Test("delete without a terminal and without --yes: exit 64, one line, the job still there")
    func deleteNeedsYes() async throws {
        let world = try await Self.world()
        defer { world.stop() }
        let id = try await Self.v2Job(phase: "running", in: world)
        let before = world.server.service.requestCount
        let r = try await world.run(["delete", "--api", "v2", id])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "Error: refusing to delete without a terminal to confirm on: pass --yes\n")
        #expect(world.server.service.requestCount == before, "nothing sent, not even a read")
        #expect(try await Self.phase(of: id, in: world) != nil)
    }

    @Test("--read-only refuses stop --yes with exit 1 and one line, sending nothing")
    func readOnly() async throws {
        let world = try await Self.world()
        defer { world.stop() }
        let id = try await Self.v2Job(phase: "running", in: world)
        let before = world.server.service.requestCount
        let r = try await world.run(["stop", "--api", "v2", "--read-only", "--yes", id])
        #expect(r.status == 1)
        #expect(r.stderr == "majobs: error: read-only: writes are refused (--read-only or read_only in the profile)\n")
        #expect(world.server.service.requestCount == before)
    }
}
