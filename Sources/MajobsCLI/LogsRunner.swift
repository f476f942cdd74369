import JobPresentation
import ModelArts
import TerminalUI

/// The work of `majobs logs` once the job is found: print its newest lines, then with `follow` poll for
/// newer ones until the job settles. Every line goes through `LogText.plain` (SGR kept only with `colors`);
/// notes and poll errors are single lines on stderr.
struct LogsRunner {
    struct Options: Sendable {
        var task: String?
        var version: Int64?
        var file: String?
        /// Newest lines to print first; nil: v2 the whole preview, v1 `v1DefaultTail`.
        var tail: Int?
        var follow = false
        var colors = false
    }

    /// Lines printed by default on v1, which has no preview: one request's worth.
    static let v1DefaultTail = 500
    /// The longest wait between polls after errors.
    static let maxBackoff: Duration = .seconds(30)

    var api: any JobsAPI
    var job: ResolvedJob
    var options: Options
    var out: any OutputSink
    var err: any OutputSink
    var pollInterval: Duration = .milliseconds(1500)
    var sleep: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }

    /// What needs no network: `--task` is for v2, `--version-id` and `--file` for v1; `--tail` is not negative.
    static func check(_ options: Options, reference: JobReference) throws(JobCommandError) {
        if let tail = options.tail, tail < 0 { throw .usage("--tail must be 0 or more lines") }
        switch reference {
        case .v1 where options.task != nil: throw .usage("--task is for v2 jobs: a v1 job has versions and log files")
        case .v2 where options.version != nil || options.file != nil:
            throw .usage("--version-id and --file are for v1 jobs: a v2 job has tasks (--task)")
        default: return
        }
    }

    func run() async throws(JobCommandError) {
        try Self.check(options, reference: job.api == .v1 ? .v1(0) : .v2(job.id))
        do throws(APIError) {
            let source = try await logSource()
            var cursor: String?
            var pendingNotReady = false
            switch source {
            case .v2(let id, let task):
                do throws(APIError) {
                    let preview = try await api.v2LogPreview(jobID: id, task: task)
                    let lines = LogSplice.tail(preview.text, count: options.tail)
                    if preview.isTruncated && options.tail == nil {
                        let shown = Self.megabytes(preview.currentSize), whole = Self.megabytes(preview.fullSize)
                        note("showing the newest \(shown) of \(whole) of the log (the server's preview)")
                    }
                    print(lines)
                    if options.follow {
                        let newest = try await api.logLines(LogLinesRequest(source: source, direction: .older))
                        let added = LogSplice.newLines(
                            earlier: LogWire.lines(preview.text), newest: LogWire.lines(newest.text))
                        print(Array(added))
                        cursor = newest.lastLine
                    }
                } catch  where error.isLogNotReady && options.follow {
                    pendingNotReady = true
                }
            case .v1:
                let (lines, newest) = try await v1Tail(source, count: options.tail ?? Self.v1DefaultTail)
                print(lines)
                cursor = newest
            }
            guard options.follow else { return }
            if pendingNotReady { note("logs not ready yet: waiting for the job to write some") }
            try await follow(source, from: cursor)
        } catch {
            if error.isJobGone { throw .failure("job \(job.label) no longer exists") }
            throw .api(error)
        }
    }

    /// The log to read: v2 the task asked for, else the job's first, else `worker-0`; v1 the version asked
    /// for, else the newest, and the file asked for, else the version's first.
    func logSource() async throws(APIError) -> LogSource {
        if job.api == .v2 {
            return .v2(jobID: job.id, task: options.task ?? job.tasks.first ?? "worker-0")
        }
        guard let jobID = job.v1JobID, let version = options.version ?? job.versionID else {
            throw .invalidRequest("job \(job.label) has no version")
        }
        if let file = options.file { return .v1(jobID: jobID, versionID: version, file: file) }
        guard let file = try await api.v1LogFileNames(jobID: jobID, versionID: version).first else {
            throw .invalidRequest("version \(version) of job \(job.label) has no log file yet")
        }
        return .v1(jobID: jobID, versionID: version, file: file)
    }

    /// The newest `count` lines, read backwards a page at a time; and the newest line's cursor.
    func v1Tail(_ source: LogSource, count: Int) async throws(APIError) -> ([Substring], String?) {
        let first = try await api.logLines(
            LogLinesRequest(source: source, direction: .older, lines: max(1, min(count, LogLinesRequest.maxLines))))
        var lines = split(first.text)
        var oldest = first.firstLine
        while lines.count < count, let cursor = oldest {
            let want = min(count - lines.count, LogLinesRequest.maxLines)
            let page = try await api.logLines(
                LogLinesRequest(source: source, cursor: cursor, direction: .older, lines: want))
            guard page.lineCount ?? 0 > 0 else { break }
            lines = split(page.text) + lines
            oldest = page.firstLine
        }
        return (Array(lines.suffix(count)), first.lastLine)
    }

    /// Polls for newer lines every `pollInterval` (backing off on errors, one line each on stderr) until
    /// the job settles; then reads once more, so nothing written at the end is missed.
    func follow(_ source: LogSource, from start: String?) async throws(APIError) {
        var cursor = start
        var failures = 0
        if let status = job.status, status.isSettled, options.version == nil || options.version == job.versionID {
            cursor = try await drain(source, from: cursor)
            return note("job \(job.label) has ended: \(status.word)")
        }
        while true {
            let wait = failures == 0 ? pollInterval : min(Self.maxBackoff, pollInterval * (1 << min(failures, 5)))
            do {
                try await sleep(wait)
            } catch {
                throw .cancelled
            }
            do throws(APIError) {
                cursor = try await drain(source, from: cursor)
                let status = try await currentStatus(source)
                failures = 0
                if let status, status.isSettled {
                    cursor = try await drain(source, from: cursor)
                    return note("job \(job.label) has ended: \(status.word)")
                }
            } catch  where !error.isJobGone && error != .cancelled {
                failures += 1
                let next = min(Self.maxBackoff, pollInterval * (1 << min(failures, 5)))
                let seconds = Double(next.components.seconds) + Double(next.components.attoseconds) / 1e18
                note("reading the log failed: \(error.readableMessage); trying again in \(OneLine.seconds(seconds))")
            }
        }
    }

    /// Prints every line after `cursor` (a page at a time while pages come full) and returns the newest cursor.
    func drain(_ source: LogSource, from start: String?) async throws(APIError) -> String? {
        var cursor = start
        while true {
            let request = LogLinesRequest(source: source, cursor: cursor, direction: cursor == nil ? .older : .newer)
            let page: LogPage
            do throws(APIError) {
                page = try await api.logLines(request)
            } catch  where error.isLogNotReady {
                return cursor
            }
            print(split(page.text))
            cursor = page.lastLine ?? cursor
            guard cursor != nil, (page.lineCount ?? 0) >= LogLinesRequest.maxLines else { return cursor }
        }
    }

    /// The job's status now (v2 detail, v1 the followed version), nil when unknown.
    func currentStatus(_ source: LogSource) async throws(APIError) -> JobStatus? {
        switch source {
        case .v2(let id, _): return try await api.v2JobDetail(id: id).job.status
        case .v1(let jobID, let versionID, _):
            return try await api.listVersions(jobID: .number(jobID)).versions.first { $0.versionID == versionID }?
                .status
        }
    }

    /// "4.8 MB" for a byte count.
    static func megabytes(_ bytes: Int?) -> String {
        let mb = Double(bytes ?? 0) / 1_000_000
        return "\((mb * 10).rounded() / 10) MB"
    }

    func split(_ text: String) -> [Substring] { LogWire.lines(text) }

    func print(_ lines: [Substring]) {
        guard !lines.isEmpty else { return }
        out.write(LogText.plain(lines.joined(separator: "\n"), keepingColors: options.colors) + "\n")
    }

    func note(_ text: String) {
        err.write("majobs: \(OneLine.clean(text, limit: 300))\n")
    }
}
