import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// One fault the browser meets after a good page, and the words its error line must hold.
struct BrowserFault: Sendable, CustomTestStringConvertible {
    var caseID: String
    var title: String
    var plan: FaultPlan
    var expect: String
    var testDescription: String { "\(caseID) \(title)" }

    static let all: [BrowserFault] = [
        BrowserFault(
            caseID: "R01", title: "HTTP 500 error body", plan: FaultPlan(errorRates: [500: 1]),
            expect: "HTTP 500"),
        BrowserFault(
            caseID: "R02", title: "HTTP 503 HTML body", plan: FaultPlan(errorRates: [503: 1]),
            expect: "HTTP 503"),
        BrowserFault(
            caseID: "R03", title: "HTTP 429 Retry-After",
            plan: FaultPlan(rateLimitProbability: 1, retryAfterSeconds: 1), expect: "HTTP 429"),
        BrowserFault(
            caseID: "R04", title: "malformed JSON", plan: FaultPlan(malformedProbability: 1),
            expect: "malformed"),
        BrowserFault(
            caseID: "R05", title: "truncated body", plan: FaultPlan(truncatedProbability: 1),
            expect: "malformed"),
        BrowserFault(
            caseID: "R06", title: "wrong JSON types", plan: FaultPlan(wrongTypesProbability: 1),
            expect: "malformed"),
        BrowserFault(
            caseID: "R07", title: "is_success false", plan: FaultPlan(isSuccessFalseProbability: 1),
            expect: "ModelArts.0105"),
        BrowserFault(
            caseID: "R08", title: "gateway 401", plan: FaultPlan(errorRates: [401: 1]),
            expect: "HTTP 401"),
    ]
}

/// The browser meets each fault after a good page: it answers keys, shows one error line, keeps the
/// last good rows marked stale, and recovers on `r` once the server does.
@Suite("Faults: the browser", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct FaultBrowserTests {
    /// The selected row's text without the selection mark.
    static func selectedName(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("›") }
            .map { $0.dropFirst().trimmingCharacters(in: .whitespaces) }
            .map { String($0.prefix(20)) }
    }

    /// The browser on the first good page of a 60-job emulator (20 a page), and its selected job's name.
    static func loadedBrowser() async throws -> (server: EmulatorProcess, run: BrowserRun, name: String) {
        let server = try await EmulatorProcess.start(["--jobs", "60"])
        do {
            let home = try ReliabilityHome()
            try home.writeCredentials()
            let run = try BrowserRun("--endpoint \(server.endpoint) --per-page 20", home: home)
            do {
                let good = try await run.waitUntilLoaded()
                return (server, run, try #require(selectedName(good)))
            } catch {
                run.tmux.kill()
                throw error
            }
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test(
        "browser under a fault: responsive, one error line, stale rows kept, recovers on r",
        arguments: BrowserFault.all)
    func browserUnderFault(_ fault: BrowserFault) async throws {
        let (server, run, name) = try await Self.loadedBrowser()
        defer { Task { await server.stop() } }
        defer { run.tmux.kill() }

        try await server.setFaults(fault.plan)
        try run.tmux.send("r")
        let expect = fault.expect
        let failed = try await run.waitFor("the refresh failing", timeoutSeconds: 20) {
            $0.contains("refresh failed") && $0.contains(expect)
        }
        #expect(BrowserRun.lines(failed, containing: fault.expect) == 1, "screen:\n\(failed)")
        #expect(failed.contains(name), "the last good rows stay on screen:\n\(failed)")
        #expect(failed.contains("showing "), "the rows are marked stale:\n\(failed)")
        try run.tmux.send("j")
        try await run.waitFor(text: "row 2/", timeoutSeconds: 15)

        try await server.setFaults(.none)
        try run.tmux.send("r")
        let recovered = try await run.waitFor("recovery", timeoutSeconds: 20) {
            $0.contains("up to date") && !$0.contains("refresh failed")
        }
        #expect(recovered.contains("row 2/"))
        #expect(try await run.quit() == 0)
    }

    @Test("R09 a response that never comes: keys still work, r after recovery shows fresh rows")
    func browserUnderHang() async throws {
        let (server, run, name) = try await Self.loadedBrowser()
        defer { Task { await server.stop() } }
        defer { run.tmux.kill() }
        try await server.setFaults(FaultPlan(hang: true))
        try run.tmux.send("r")
        // `r` keeps the rows, marked expired: the status line says `showing HH:MM, refreshing…` (or
        // `loading…` while the page under the selection has no rows yet).
        try await run.waitFor("the refresh under way", timeoutSeconds: 10) {
            $0.contains("refreshing") || $0.contains("loading")
        }
        try run.tmux.send("j")
        let moving = try await run.waitFor(text: "row 2/", timeoutSeconds: 10)
        #expect(moving.contains(name), "the last good rows stay while the request hangs")
        try await server.setFaults(.none)
        try run.tmux.send("r")
        try await run.waitFor("recovery after the hang", timeoutSeconds: 30) {
            $0.contains("up to date") && !$0.contains("loading")
        }
        #expect(try await run.quit() == 0)
    }

    @Test("R10 the server goes away: keys still work, one 'cannot reach' line, the last rows kept, q exits 0")
    func browserWhenServerGoesAway() async throws {
        let (server, run, name) = try await Self.loadedBrowser()
        defer { Task { await server.stop() } }
        defer { run.tmux.kill() }
        await server.stop()  // nothing listens on the port any more: every connection is refused
        try run.tmux.send("r")
        try run.tmux.send("j")
        try await run.waitFor(text: "row 2/", timeoutSeconds: 15)
        let failed = try await run.waitFor("the refresh failing", timeoutSeconds: 40) {
            $0.contains("refresh failed") && $0.contains("cannot reach the server")
        }
        #expect(BrowserRun.lines(failed, containing: "cannot reach the server") == 1, "screen:\n\(failed)")
        #expect(failed.contains(name), "the last good rows stay on screen:\n\(failed)")
        #expect(failed.contains("showing "), "the rows are marked stale:\n\(failed)")
        #expect(try await run.quit() == 0)
    }
}
