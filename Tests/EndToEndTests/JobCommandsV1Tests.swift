import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// `majobs logs|stop|delete` on v1 as real processes against the emulator: a version's log file, a follow
/// that ends when the version is stopped by a second process (9 Stopping, then 12 Stopped), and a delete
/// that removes the job from the list.
@Suite("majobs logs, stop and delete on v1, run as real processes", .serialized)
struct JobCommandsV1Tests {
    typealias Kit = JobCommandsTests

    /// The id of the newest v1 job with status `code`, from `majobs list`.
    static func v1Job(code: Int, in world: Kit.World) async throws -> String {
        let r = try await world.run(
            ["list", "--api", "v1", "--status", String(code), "--output", "csv", "--per-page", "5"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let row = try #require(r.stdout.components(separatedBy: "\r\n").dropFirst().first { !$0.isEmpty })
        return try #require(row.split(separator: ",").first.map(String.init))
    }

    /// The v1 job's status name now, or nil when the list no longer has it.
    static func status(of id: String, in world: Kit.World) async throws -> String? {
        let r = try await world.run(["list", "--api", "v1", "--output", "csv", "--per-page", "1000", "--all"])
        let row = r.stdout.components(separatedBy: "\r\n").first { $0.hasPrefix(id + ",") }
        return row?.split(separator: ",").dropFirst(3).first.map(String.init)
    }

    @Test("logs --tail 5 on a v1 job prints the newest five lines of its current version's first file")
    func tail() async throws {
        let world = try await Kit.world()
        defer { world.stop() }
        let id = try await Self.v1Job(code: 10, in: world)
        let r = try await world.run(["logs", "--api", "v1", "--tail", "5", id])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        #expect(r.stdout.contains("training end with return code"), "a finished log ends with its closing line")
        #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("logs --follow on a running v1 job ends by itself once another process stops it")
    func followEnds() async throws {
        let world = try await Kit.world(live: true)
        defer { world.stop() }
        let id = try await Self.v1Job(code: 8, in: world)
        let follow = Task {
            try await world.run(
                ["logs", "--api", "v1", "--tail", "3", "--follow", id], timeout: 90)
        }
        try await Task.sleep(for: .seconds(2))
        let stop = try await world.run(["stop", "--api", "v1", "--yes", id])
        #expect(stop.status == 0, "stderr: \(stop.stderr)")
        let r = try await follow.value
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("has ended"), "stderr: \(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count >= 3)
    }

    @Test("delete --yes removes a v1 job: the list no longer has it, and a second delete is already done")
    func deleteYes() async throws {
        let world = try await Kit.world()
        defer { world.stop() }
        let id = try await Self.v1Job(code: 10, in: world)
        let r = try await world.run(["delete", "--api", "v1", "--yes", id])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(try await Self.status(of: id, in: world) == nil)
        let again = try await world.run(["delete", "--api", "v1", "--yes", id])
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(again.stdout == "job \(id) was already gone\n")
        let stop = try await world.run(["stop", "--api", "v1", "--yes", id])
        #expect(stop.status == 1 && stop.stderr == "majobs: error: no such job: \(id)\n", "a stop needs a job")
    }
}
