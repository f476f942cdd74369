import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// `majobs list` against every fault over a real loopback socket: non-zero exit within its timeout,
/// one stderr line naming the cause, bounded retries (counted by the emulator), 401 never retried.
@Suite("Faults: majobs list")
struct FaultListTests {
    @Test("list under a fault: exit 1, one stderr line, bounded requests", arguments: FaultCase.all)
    func listUnderFault(_ fault: FaultCase) async throws {
        let server = try await EmulatorProcess.start(["--jobs", "25"])
        try await server.setFaults(fault.plan)
        try await server.advance(by: fault.advance)
        let home = try ReliabilityHome()
        try home.writeCredentials(secretKey: fault.wrongSecret ? "not-the-secret-key-000000000000" : nil)
        let endpoint = fault.refused ? "http://127.0.0.1:\(Emulators.closedPort())" : server.endpoint
        // v1 pinned: these are v1's fault figures, and `auto` would first ask for v2 (a request more, which
        // also shifts the fault dice's request parity).
        let run = try await Majobs.run(
            ["list", "--api", "v1", "--endpoint", endpoint], home: home, timeoutSeconds: fault.maxSeconds + 10)
        let requests = try await server.requestCount() - fault.advance
        await server.stop()

        // The figures docs/RELIABILITY.md quotes.
        print(
            "figure \(fault.caseID): exit \(run.result.status), \(requests) requests, "
                + "\(String(format: "%.1f", run.seconds)) s, "
                + "stderr: \(run.result.stderr.trimmingCharacters(in: .newlines))")
        if fault.succeeds {
            #expect(run.result.status == 0, "stderr: \(run.result.stderr)")
            #expect(run.result.stdout.hasPrefix("NAME"))
        } else {
            #expect(run.result.status == 1, "stdout: \(run.result.stdout) stderr: \(run.result.stderr)")
            #expect(run.errorLines.count == 1, "stderr: \(run.result.stderr)")
            #expect(run.errorLines.first?.hasPrefix("majobs: error: ") == true)
            #expect(run.result.stderr.contains(fault.expect), "stderr: \(run.result.stderr)")
            #expect(run.result.stdout.isEmpty)
        }
        if let expected = fault.requests {
            #expect(expected.contains(requests), "the emulator saw \(requests) API requests")
        }
        #expect(run.seconds >= fault.minSeconds, "took \(run.seconds) s")
        #expect(run.seconds <= fault.maxSeconds, "took \(run.seconds) s")
    }
}
