import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// The config file and the saved view, through the real binary in tmux on the demo emulator.
@Suite(
    "majobs config and saved view in tmux", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserConfigTmuxTests {
    static func write(_ text: String, to relative: String, in home: TempHome) throws {
        let path = home.path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }

    static func hintRow(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    /// A table with its rows up to date (a sort keeps the selected job, so the row need not be the first).
    static func loaded(_ screen: String) -> Bool {
        screen.range(of: #" row \d+/"#, options: .regularExpression) != nil && screen.contains("up to date")
    }

    @Test("a rebinding in [keys] works and shows in the hint bar and the help overlay")
    func rebinding() async throws {
        let home = try TempHome()
        try Self.write(
            "[keys]\nsearch = \"f\"\nrefresh = [\"R\", \"f5\"]\ninvertSort = \"none\"\n",
            to: ".config/majobs/config.toml", in: home)
        // Wide enough for every hint: the bar drops the last ones when they do not fit.
        let tmux = try startBrowser(home: home, width: 200)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor(timeoutSeconds: 20, "the first page") { Self.loaded($0) }
        let hints = Self.hintRow(screen)
        #expect(hints.contains("f search"), "\(hints)")
        #expect(hints.contains("R refresh"), "\(hints)")
        #expect(!hints.contains("/ search") && !hints.contains("r refresh"), "\(hints)")
        // The old key does nothing; the new one opens the prompt.
        try tmux.send("/")
        try tmux.send("f")
        try await tmux.waitFor(timeoutSeconds: 20, "the search prompt") { Self.hintRow($0).contains("keep") }
        try tmux.send("Escape")
        try await tmux.waitFor(timeoutSeconds: 20, "the table again") { Self.hintRow($0).contains("f search") }
        try tmux.send("?")
        let help = try await tmux.waitFor(text: "refresh now", timeoutSeconds: 20)
        let row = help.split(separator: "\n").first { $0.contains("refresh now") }.map(String.init) ?? ""
        #expect(row.contains("R") && row.contains("F5"), "\(row)")
        #expect(!help.contains("invert sort order"))
        try tmux.send("q")
        try tmux.send("q")
        #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
    }

    @Test("sort, filter and search history survive to the next run; --fresh and one-off flags never overwrite them")
    func persisted() async throws {
        let home = try TempHome()
        do {
            let tmux = try startBrowser(home: home)
            defer { tmux.kill() }
            try await tmux.waitFor(timeoutSeconds: 20, "the first page") { Self.loaded($0) }
            try tmux.send("N")
            try await tmux.waitFor(timeoutSeconds: 20, "name ascending") {
                $0.contains("sort: name ▲") && Self.loaded($0)
            }
            try tmux.send("s")
            try await tmux.waitFor(text: "Filter by status", timeoutSeconds: 20)
            try tmux.send("j", "j", "j", "j", "Enter")
            try await tmux.waitFor(timeoutSeconds: 20, "failed jobs") {
                $0.contains("[status: Failed]") && Self.loaded($0)
            }
            try tmux.send("/")
            try tmux.type("yolo")
            try tmux.send("Enter")
            try await tmux.waitFor(timeoutSeconds: 20, "the search kept") { $0.contains("[name: yolo]") }
            try tmux.send("q")
            #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
        }
        let state = home.path + "/.state/majobs/demo.json"
        let attributes = try FileManager.default.attributesOfItem(atPath: state)
        #expect(((attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o777 == 0o600)
        try FileManager.default.removeItem(atPath: home.path + "/exit-status")
        do {
            let tmux = try startBrowser(home: home)
            defer { tmux.kill() }
            let screen = try await tmux.waitFor(timeoutSeconds: 20, "the saved view") {
                $0.contains("sort: name ▲") && $0.contains("[status: Failed]") && Self.loaded($0)
            }
            // The search itself is not restored, only its history.
            #expect(!screen.contains("[name: yolo]"))
            try tmux.send("/", "Up")
            try await tmux.waitFor(timeoutSeconds: 20, "the remembered search") { $0.contains(" / yolo") }
            try tmux.send("Escape", "q")
            #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
        }
        try FileManager.default.removeItem(atPath: home.path + "/exit-status")
        do {
            let tmux = try startBrowser("--fresh", home: home)
            defer { tmux.kill() }
            let screen = try await tmux.waitFor(timeoutSeconds: 20, "the defaults") {
                $0.contains("sort: created ▼") && Self.loaded($0)
            }
            #expect(!screen.contains("[status: Failed]"))
            // A search made in a fresh run joins the saved history instead of replacing it.
            try tmux.send("/")
            try tmux.type("bert")
            try tmux.send("Enter")
            try await tmux.waitFor(timeoutSeconds: 20, "the search kept") { $0.contains("[name: bert]") }
            try tmux.send("q")
            #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
        }
        let afterFresh = try String(contentsOfFile: state, encoding: .utf8)
        #expect(afterFresh.contains("yolo") && afterFresh.contains("bert"), "\(afterFresh)")
        try FileManager.default.removeItem(atPath: home.path + "/exit-status")
        do {
            // One-off flags win for their run only.
            let tmux = try startBrowser("--status running --sort versions --order asc", home: home)
            defer { tmux.kill() }
            try await tmux.waitFor(timeoutSeconds: 20, "the flags' view") {
                $0.contains("sort: versions ▲") && $0.contains("[status: Running]") && Self.loaded($0)
            }
            try tmux.send("q")
            #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
        }
        try FileManager.default.removeItem(atPath: home.path + "/exit-status")
        do {
            let tmux = try startBrowser(home: home)
            defer { tmux.kill() }
            try await tmux.waitFor(timeoutSeconds: 20, "the view left interactively, not the flags or --fresh") {
                $0.contains("sort: name ▲") && $0.contains("[status: Failed]") && Self.loaded($0)
            }
            try tmux.send("/", "Up", "Up")
            try await tmux.waitFor(timeoutSeconds: 20, "the older search still in the history") {
                $0.contains(" / yolo")
            }
            try tmux.send("Escape", "q")
            #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
        }
    }

    @Test("a corrupt state file is ignored with one log line, never a crash")
    func corrupt() async throws {
        let home = try TempHome()
        try Self.write("{ not json", to: ".state/majobs/demo.json", in: home)
        let log = home.path + "/majobs.log"
        let tmux = try startBrowser("--log '\(log)'", home: home)
        defer { tmux.kill() }
        let screen = try await tmux.waitFor(timeoutSeconds: 20, "the first page") { Self.loaded($0) }
        #expect(screen.contains("sort: created ▼"))
        try tmux.send("q")
        #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.split(separator: "\n").filter { $0.contains("view state ignored") }.count == 1)
    }

    @Test("P switches to another profile's server; a broken profile says why and the current one stays")
    func switcher() async throws {
        let first = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 30))
        let second = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 40))
        defer {
            Task {
                await first.stop(); await second.stop()
            }
        }
        let home = try TempHome()
        try home.writeCredentials(.demo)
        let config = """
            [profiles.one]
            endpoint = "\(first.endpoint)"
            [profiles.two]
            endpoint = "\(second.endpoint)"
            [profiles.bad]
            endpoint = "http://127.0.0.1:9"
            credentials_file = "~/no-such-credentials"
            """
        try Self.write(config, to: ".config/majobs/config.toml", in: home)
        let tmux = try startBrowser("--profile one", home: home)
        defer { tmux.kill() }
        let firstHost = "\(first.endpoint)".replacingOccurrences(of: "http://", with: "")
        let secondHost = "\(second.endpoint)".replacingOccurrences(of: "http://", with: "")
        try await tmux.waitFor(timeoutSeconds: 20, "the first server") {
            $0.contains(firstHost) && $0.contains("30 jobs")
        }
        try tmux.send("P")
        // Each profile shows where it connects and how it signs in (never a secret).
        let picker = try await tmux.waitFor(timeoutSeconds: 20, "the switcher with each profile's endpoint") { screen in
            ["Switch profile", "\(secondHost) · AK/SK", "127.0.0.1:9 · AK/SK"].allSatisfy { screen.contains($0) }
        }
        #expect(!picker.contains(EmulatorIdentity.demo.secretKey))
        try tmux.send("j", "Enter")
        let switched = try await tmux.waitFor(timeoutSeconds: 20, "the second server") {
            $0.contains(secondHost) && $0.contains("40 jobs") && Self.loaded($0)
        }
        #expect(!switched.contains(firstHost))
        try tmux.send("P")
        try await tmux.waitFor(text: "Switch profile", timeoutSeconds: 20)
        try tmux.send("g", "Enter")
        let failed = try await tmux.waitFor(text: "cannot switch to profile bad", timeoutSeconds: 20)
        #expect(failed.contains(secondHost) && failed.contains("40 jobs"))
        #expect(failed.contains("credentials_file of profile 'bad'"))
        try tmux.send("q")
        #expect(try await waitForExitStatus(home, timeoutSeconds: 20) == 0)
    }
}
