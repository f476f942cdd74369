import Foundation
import ModelArts
import ModelArtsEmulator
import Testing
import TestSupport

@Suite("majobs list, run as a real process", .serialized)
struct ListCommandTests {
    @Test("with nothing configured it prints the demo's first page as a table")
    func demoTable() async throws {
        let home = try TempHome()
        let r = try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--api", "v1"], environment: home.environment)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("NAME") == true)
        #expect(lines.count == 11)
    }

    @Test("--output json keeps the API's field names and parses as a page")
    func json() async throws {
        let home = try TempHome()
        let r = try await ProcessRunner.run(
            try ProductBinary.majobs,
            ["list", "--api", "v1", "--output", "json", "--per-page", "25", "--sort", "created", "--order", "desc"],
            environment: home.environment)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let page = try JSONDecoder().decode(JobListPage.self, from: Data(r.stdout.utf8))
        #expect(page.jobs.count == 25)
        #expect(page.totalCount == 300)
        #expect(zip(page.jobs, page.jobs.dropFirst()).allSatisfy { $0.createTimeMS >= $1.createTimeMS })
        #expect(r.stdout.contains("\"job_total_count\""))
    }

    @Test("--all --output csv streams every page once")
    func allCSV() async throws {
        let home = try TempHome()
        let r = try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--api", "v1", "--all", "--per-page", "70", "--output", "csv"],
            environment: home.environment)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let ids = r.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first }
        #expect(ids.count == 300)
        #expect(Set(ids).count == 300)
    }

    @Test(
        "out-of-range values are usage errors: one line, exit 64, nothing sent",
        arguments: [
            ["--per-page", "0"], ["--per-page", "1001"], ["--page", "0"], ["--page", "65536"],
            ["--search", String(repeating: "x", count: 65)], ["--sort", "colour"], ["--status", "sleeping"],
            ["--order", "up"],
        ])
    func usageErrors(arguments: [String]) throws {
        let home = try TempHome()
        let r = try ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--api", "v1"] + arguments, environment: home.environment)
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.hasPrefix("Error: "))
    }

    @Test("--status failed lists the whole Failed group, as the browser does: every code, merged and paged")
    func statusGroup() async throws {
        let home = try TempHome()
        let run = { (arguments: [String]) throws -> JobListPage in
            let r = try ProcessRunner.run(
                try ProductBinary.majobs, ["list", "--api", "v1", "--output", "json"] + arguments,
                environment: home.environment, timeoutSeconds: 60)
            #expect(r.status == 0, "stderr: \(r.stderr)")
            return try JSONDecoder().decode(JobListPage.self, from: Data(r.stdout.utf8))
        }
        let all = try run(["--status", "failed", "--per-page", "1000", "--sort", "created", "--order", "desc"])
        var total = 0
        for code in StatusGroup.failed.codes {
            total += try run(["--status", String(code), "--per-page", "1"]).totalCount
        }
        #expect(StatusGroup.failed.codes.count > 1)
        #expect(all.totalCount == total && all.jobs.count == total && total > 0)
        #expect(all.jobs.allSatisfy { $0.status.group == .failed })
        #expect(zip(all.jobs, all.jobs.dropFirst()).allSatisfy { $0.createTimeMS >= $1.createTimeMS })
        let second = try run([
            "--status", "failed", "--per-page", "3", "--page", "2", "--sort", "created",
            "--order", "desc",
        ])
        #expect(second.totalCount == total)
        #expect(second.jobs.map(\.id) == Array(all.jobs.dropFirst(3).prefix(3)).map(\.id))
    }

    @Test("--status bogus names the value and says codes, names and groups are accepted")
    func statusBogus() throws {
        let home = try TempHome()
        let r = try ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--status", "bogus"],
            environment: home.environment)
        #expect(r.status == 64)
        #expect(r.stderr.contains("--status 'bogus'") && r.stderr.contains("group (queued, running, succeeded, failed"))
    }

    @Test("a wrong secret key exits 1 with one line naming the 401 and the credential to check")
    func wrongSecret() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 20))
        let home = try TempHome()
        try home.writeCredentials(.demo, secretKey: "not-the-secret-key-000000000000")
        let r = try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--api", "v1", "--endpoint", server.endpoint],
            environment: home.environment)
        let requests = server.service.requestCount
        await server.stop()
        #expect(r.status == 1)
        let errorLines = r.stderr.split(separator: "\n")
        #expect(errorLines.count == 1)
        #expect(r.stderr.contains("HTTP 401 APIGW.0301"))
        #expect(r.stderr.contains("secret key"))
        #expect(!r.stderr.contains("not-the-secret-key"))
        #expect(requests == 1, "a 401 must not be retried")
    }

    @Test("a signed list against a standalone emulator endpoint prints its jobs")
    func endpoint() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 12, seed: 3))
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let r = try await ProcessRunner.run(
            try ProductBinary.majobs,
            ["list", "--api", "v1", "--endpoint", server.endpoint, "--per-page", "100", "--output", "json"],
            environment: home.environment)
        await server.stop()
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let page = try JSONDecoder().decode(JobListPage.self, from: Data(r.stdout.utf8))
        #expect(page.totalCount == 12)
    }

    @Test("a refused connection fails fast with one line")
    func refused() async throws {
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let binary = try ProductBinary.majobs, environment = home.environment
        // Timed on the waiting thread, so a starved cooperative pool in the test process does not count.
        let (r, seconds) = try await OffPool.run {
            let start = Date()
            let r = try ProcessRunner.run(
                binary, ["list", "--endpoint", "http://127.0.0.1:9"], environment: environment)
            return (r, Date().timeIntervalSince(start))
        }
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("cannot reach the server"))
        #expect(seconds < 30)  // the whole call's deadline is 55 s
    }
}
