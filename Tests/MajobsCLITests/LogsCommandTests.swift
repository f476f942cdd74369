import ArgumentParser
import ModelArts
import Synchronization
import TerminalUI
import Testing

@testable import MajobsCLI

/// `majobs logs` in-process: the tail, v1's pages, --follow until the job ends, backoff on errors, and
/// the plain-text stand-in for the log sanitiser.
@Suite("logs: tail, follow and plain text")
struct LogsCommandTests {
    static let uuid = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    static func lines(_ range: ClosedRange<Int>) -> [String] { range.map { "line \($0)" } }

    /// The waits a runner asked for, instead of waiting.
    final class Waits: Sendable {
        let list = Mutex<[Duration]>([])
        var all: [Duration] { list.withLock { $0 } }
        func append(_ d: Duration) { list.withLock { $0.append(d) } }
    }

    static func runner(
        _ api: CLIFakeAPI, job: ResolvedJob, _ options: LogsRunner.Options, out: RecordingSink, err: RecordingSink,
        sleeps: Waits = Waits()
    ) -> LogsRunner {
        LogsRunner(
            api: api, job: job, options: options, out: out, err: err, pollInterval: .milliseconds(1500),
            sleep: { d in sleeps.append(d) })
    }

    static var v2Job: ResolvedJob {
        ResolvedJob(api: .v2, id: uuid, name: "resnet", status: .phase("Running"), tasks: ["worker-0"])
    }

    @Test("v2 prints the preview, or its newest N lines with --tail")
    func v2Tail() async throws {
        let api = CLIFakeAPI()
        api.state.withLock { $0.log = Self.lines(1...10) }
        let out = RecordingSink(), err = RecordingSink()
        try await Self.runner(api, job: Self.v2Job, LogsRunner.Options(tail: 3), out: out, err: err).run()
        #expect(out.text == "line 8\nline 9\nline 10\n")
        let all = RecordingSink()
        try await Self.runner(api, job: Self.v2Job, LogsRunner.Options(), out: all, err: err).run()
        #expect(all.text == Self.lines(1...10).joined(separator: "\n") + "\n")
        #expect(err.text.isEmpty)
    }

    @Test("v1 reads the first log file's newest lines a page at a time, 500 by default")
    func v1Tail() async throws {
        let api = CLIFakeAPI()
        api.state.withLock { $0.log = Self.lines(1...1200) }
        let out = RecordingSink(), err = RecordingSink()
        let job = ResolvedJob(api: .v1, id: "42", name: "old", versionID: 7, status: JobStatus(code: 10))
        try await Self.runner(api, job: job, LogsRunner.Options(tail: 700), out: out, err: err).run()
        let printed = out.text.split(separator: "\n").map(String.init)
        #expect(printed == Self.lines(501...1200))
        #expect(api.calls.first == "v1LogFileNames")
        let fresh = RecordingSink()
        try await Self.runner(api, job: job, LogsRunner.Options(), out: fresh, err: err).run()
        #expect(fresh.text.split(separator: "\n").count == LogsRunner.v1DefaultTail)
    }

    @Test("--follow prints new lines as the log grows, each once, and ends when the job ends")
    func follow() async throws {
        let api = CLIFakeAPI()
        api.state.withLock { s in
            s.v2Jobs = [CLIFakeAPI.v2Job(Self.uuid, "resnet")]
            s.log = Self.lines(1...5)
            s.onStatusCheck = { s in
                s.log += ["line \(s.log.count + 1)", "\u{1B}]0;title\u{07}line \(s.log.count + 2)"]
                if s.statusChecks == 3 {
                    s.v2Jobs[0].status = .phase("Completed")
                    s.log.append("last words")
                }
            }
        }
        let out = RecordingSink(), err = RecordingSink()
        let sleeps = Waits()
        try await Self.runner(
            api, job: Self.v2Job, LogsRunner.Options(follow: true), out: out, err: err, sleeps: sleeps
        ).run()
        #expect(out.text == (Self.lines(1...11) + ["last words"]).joined(separator: "\n") + "\n")
        #expect(err.text.contains("has ended: Completed"))
        #expect(sleeps.all == Array(repeating: .milliseconds(1500), count: 3))
    }

    @Test("poll errors back off, one line each on stderr, and following goes on")
    func backoff() async throws {
        let api = CLIFakeAPI()
        api.state.withLock { s in
            s.v2Jobs = [CLIFakeAPI.v2Job(Self.uuid, "resnet")]
            s.log = Self.lines(1...2)
            s.onStatusCheck = { s in if s.statusChecks == 1 { s.v2Jobs[0].status = .phase("Failed") } }
        }
        let out = RecordingSink(), err = RecordingSink()
        let sleeps = Waits()
        // The newest-lines read after the preview succeeds; the two polls after the first wait fail.
        let failing = LogsRunner(
            api: api, job: Self.v2Job, options: LogsRunner.Options(follow: true), out: out, err: err,
            sleep: { d in
                sleeps.append(d)
                if sleeps.all.count == 1 { api.state.withLock { $0.failLines = 2 } }
            })
        try await failing.run()
        let errors = err.text.split(separator: "\n").filter { $0.contains("reading the log failed") }
        #expect(errors.count == 2)
        #expect(errors.first?.hasSuffix("trying again in 3s") == true)
        #expect(sleeps.all == [.milliseconds(1500), .seconds(3), .seconds(6)])
        #expect(out.text == "line 1\nline 2\n")
    }

    @Test("--task is for v2 and --version/--file for v1: usage errors before anything is sent")
    func usage() throws {
        #expect(throws: JobCommandError.self) {
            try LogsRunner.check(LogsRunner.Options(task: "worker-1"), reference: .v1(4))
        }
        #expect(throws: JobCommandError.self) {
            try LogsRunner.check(LogsRunner.Options(file: "x"), reference: .v2(Self.uuid))
        }
        try LogsRunner.check(LogsRunner.Options(task: "worker-1"), reference: .namePrefix("x"))
        let parsed = try LogsCommand.parse(["-f", "--tail", "20", "--task", "worker-1", "--color", "job"])
        #expect(parsed.follow && parsed.tail == 20 && parsed.task == "worker-1" && parsed.color)
        #expect(throws: (any Error).self) { try LogsCommand.parse(["--tail", "-1", "job"]) }
    }

    @Test("colours: kept with --color, else only on a terminal without NO_COLOR")
    func colours() {
        #expect(JobCommandMain.keepsColors(flag: true, environment: ["NO_COLOR": "1"]))
        // The test's stdout is not a terminal.
        #expect(!JobCommandMain.keepsColors(flag: false, environment: [:]))
    }

    @Test(
        "plain text: SGR kept only when asked; other escapes dropped, controls visible; \\r keeps the final state",
        arguments: [
            ("\u{1B}[31mred\u{1B}[0m", true, "\u{1B}[0;31mred\u{1B}[0m"),
            ("\u{1B}[31mred\u{1B}[0m", false, "red"),
            ("a\u{1B}[2Jb\u{1B}[10;5Hc", true, "abc"),
            ("\u{1B}]0;evil title\u{07}ok", true, "ok"),
            ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", true, "link"),
            ("10%|#\r50%|###\r100%|#####", false, "100%|#####"),
            ("done\r\n", false, "done\n"),
            ("a\tb\u{07}\u{08}c\u{7F}\u{9D}d", false, "a\tb␇␈c␡�d"),
            ("训练 \u{FFFD} ok", false, "训练 \u{FFFD} ok"),
            ("x\u{1B}", false, "x"),
        ])
    func plainText(input: String, colors: Bool, expected: String) {
        #expect(LogText.plain(input, keepingColors: colors) == expected)
    }

    @Test("the splice prints only what the newest read adds after the preview")
    func splice() {
        #expect(Array(LogSplice.newLines(earlier: [1, 2, 3, 4], newest: [3, 4, 5, 6])) == [5, 6])
        #expect(Array(LogSplice.newLines(earlier: [1, 2, 3], newest: [2, 3])).isEmpty)
        #expect(Array(LogSplice.newLines(earlier: [1, 2], newest: [7, 8])) == [7, 8])
        #expect(Array(LogSplice.newLines(earlier: [Int](), newest: [1])) == [1])
        #expect(LogSplice.tail("a\nb\nc", count: 2) == ["b", "c"])
    }
}
