import Foundation
import Testing
import TestSupport

/// The real binary browsing `majobs emulator --apis v2` (a process of its own), once per offset
/// semantics: first page, search, a phase group, a local sort, the last job, detail with events, and
/// `majobs list --api v2 --all` returning each job exactly once.
@Suite("majobs browser on v2 in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserV2TmuxTests {
    static let jobs = 137

    static func startEmulator(offset: String) async throws -> (TmuxSession, String) {
        let binary = try ProductBinary.majobs
        let tmux = try TmuxSession(
            command: "'\(binary)' emulator --port 0 --jobs \(jobs) --apis v2 --v2-offset \(offset); sleep 600")
        let screen = try await tmux.waitFor(timeoutSeconds: 20, "the emulator's endpoint") {
            $0.contains("listening on")
        }
        let range = try #require(screen.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression))
        return (tmux, String(screen[range]))
    }

    /// The table's job lines (between the column titles and the status line), selection marker dropped.
    static func rows(_ screen: String) -> [String] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let titles = lines.firstIndex(where: { $0.contains("NAME") && $0.contains("STATUS") }) else { return [] }
        return lines[(titles + 1)...].prefix { !$0.hasPrefix(" row ") && !$0.isEmpty }.map { String($0.dropFirst()) }
    }

    static func selectedRow(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("›") }.map { String($0.dropFirst()) }
    }

    @Test(
        "first page, search, phase group, local sort, the last job, detail with events", arguments: ["page", "record"])
    func browse(offset: String) async throws {
        let (emulator, endpoint) = try await Self.startEmulator(offset: offset)
        defer { emulator.kill() }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let tmux = try startBrowser("--api v2 --endpoint \(endpoint) --per-page 20", home: home, width: 200, height: 30)
        defer { tmux.kill() }

        // First page: the header names v2, v2's columns, the emulator's count.
        let first = try await tmux.waitFor("the first v2 page") { $0.contains("row 1/") && $0.contains("up to date") }
        #expect(first.contains("v2 training jobs"))
        #expect(first.contains("NODES × FLAVOR") && first.contains("ALGORITHM/IMAGE") && !first.contains("VERSIONS"))
        #expect(ListPosition.totalJobs(first) == Self.jobs)
        let firstRows = Self.rows(first)
        #expect(firstRows.count >= 20)  // the screen's worth of the one continuous list

        // Search: a word from the first job's name; every row shown contains it.
        let word = String(try #require(firstRows.first?.split(separator: "-").first)).trimmingCharacters(
            in: .whitespaces)
        try tmux.send("/")
        try tmux.type(word)
        try tmux.send("Enter")
        // The old list stays on screen until the new query's first page arrives: wait for the rows themselves.
        let searched = try await tmux.waitFor("the search's page") {
            $0.contains("[name: \(word)]") && $0.contains("up to date") && !Self.rows($0).isEmpty
                && Self.rows($0).allSatisfy { $0.contains(word) }
        }
        #expect(!Self.rows(searched).isEmpty)
        #expect(Self.rows(searched).allSatisfy { $0.contains(word) })
        try tmux.send("Escape")
        try await tmux.waitFor("the search cleared") {
            !$0.contains("[name: ") && $0.contains("up to date") && $0.contains(" \(Self.jobs) jobs")
        }

        // Phase group: Failed is one `phase in [Failed, Abnormal]` request; every row is one of the two.
        try tmux.send("s")
        try await tmux.waitFor(text: "Filter by status")
        try tmux.send("j", "j", "j", "j", "Enter")
        let failed = try await tmux.waitFor("the Failed group") {
            $0.contains("[status: Failed]") && $0.contains("up to date") && !Self.rows($0).isEmpty
                && Self.rows($0).allSatisfy { $0.contains("Failed") || $0.contains("Abnormal") }
        }
        let failedRows = Self.rows(failed)
        #expect(failedRows.allSatisfy { $0.contains("Failed") || $0.contains("Abnormal") }, "\(failedRows)")
        try tmux.send("s", "g", "Enter")
        // The whole query's count again: a local sort is offered only once the count is known.
        try await tmux.waitFor("every phase again") {
            !$0.contains("[status: ") && $0.contains("up to date") && $0.contains(" \(Self.jobs) jobs")
                && Self.rows($0).contains { !$0.contains("Failed") && !$0.contains("Abnormal") }
        }

        // Local sort: every job fetched and sorted here, and the header says so with the count.
        try tmux.send("N")
        let sorted = try await tmux.waitFor("the local sort by name") {
            $0.contains("sort: name ▲") && $0.contains("sorted locally · \(Self.jobs) jobs")
                && $0.contains("up to date")
        }
        let names = Self.rows(sorted).map { String($0.prefix(12)) }
        #expect(names == names.sorted { !$1.utf8.lexicographicallyPrecedes($0.utf8) }, "\(names)")
        try tmux.send("C")
        // The created list's own first row, not the sorted list's still on screen while it loads.
        try await tmux.waitFor("created again") {
            !$0.contains("sorted locally") && $0.contains("sort: created") && $0.contains("up to date")
                && Self.selectedRow($0) != Self.selectedRow(sorted)
        }

        // The last job of the query: G fetches the last page of the one continuous list.
        try tmux.send("G")
        let last = try await tmux.waitFor("the last job") {
            $0.contains("row \(Self.jobs)/\(Self.jobs) ") && $0.contains("up to date")
        }
        #expect(Self.selectedRow(last) == Self.rows(last).last)

        // Detail with events, newest first, scrollable; Esc returns.
        try tmux.send("Enter")
        // A capture can land mid-frame: wait for the whole field block rather than reading it once.
        let detail = try await tmux.waitFor("the detail") {
            $0.contains("Job ID") && $0.contains("Phase") && $0.contains("Flavor") && $0.contains("Nodes")
                && !$0.contains("loading detail")
        }
        #expect(!detail.contains("could not load detail"))
        try tmux.send("G")
        let events = try await tmux.waitFor("the events at the bottom") {
            $0.contains("Events (") && !$0.contains("loading events")
        }
        #expect(!events.contains("Events (0)") && !events.contains("could not load"))
        try tmux.send("Escape")
        try await tmux.waitFor("the table again") { $0.contains("row ") && !$0.contains("Events (") }
        try tmux.send("q")
        #expect(try await waitForExitStatus(home) == 0)
    }

    @Test("majobs list --api v2 --all returns every job exactly once", arguments: ["page", "record"])
    func listAllOnce(offset: String) async throws {
        let (emulator, endpoint) = try await Self.startEmulator(offset: offset)
        defer { emulator.kill() }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let r = try await ProcessRunner.run(
            try ProductBinary.majobs,
            ["list", "--api", "v2", "--all", "--per-page", "20", "--output", "csv", "--endpoint", endpoint],
            environment: home.environment)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let ids = r.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
            .compactMap { $0.split(separator: ",").first.map(String.init) }
        #expect(ids.count == Self.jobs)
        #expect(Set(ids).count == Self.jobs)
    }
}
