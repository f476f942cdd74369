import Foundation
import JobBrowser
import JobPresentation
import Logging
import ModelArts
import ModelArtsClient
import Synchronization

/// Writes every page of a query to a file with the same encoders as `majobs list` (`JobCSV`,
/// `JobJSON`), posting progress as it goes. A cancelled or failed export removes its partial file.
struct ExportRunner: Sendable {
    let api: any JobsAPI
    let logger: Logger
    let mailbox: Mailbox<BrowserEvent>
    /// Where files go: `$MAJOBS_EXPORT_DIR`, else the current directory.
    let directory: String

    /// The most a v1 request returns: the fewest requests for a long list.
    static let chunk = JobListQuery.perPageRange.upperBound

    func run(_ request: ExportRequest) async {
        let path: String, partial: String
        let file: FileHandle
        do {
            (path, partial, file) = try Self.createFile(
                in: directory, startedAtMS: request.startedAtMS,
                format: request.format)
        } catch {
            mailbox.post(.exportFailed(id: request.id, message: "cannot create the file in \(directory)"))
            return
        }
        var writer = Writer(format: request.format, file: file)
        do {
            switch request.request {
            case .page(let query):
                try await exportPages(of: query, id: request.id, writer: &writer)
            case .group(let group):
                try await exportGroup(group, id: request.id, writer: &writer)
            }
            try writer.finish()
            try file.close()
            // Only a complete file gets the real name: an export killed midway leaves a hidden `.partial`.
            guard rename(partial, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            mailbox.post(.exportFinished(id: request.id, path: path, count: writer.count))
        } catch {
            try? file.close()
            try? FileManager.default.removeItem(atPath: partial)
            if Task.isCancelled { return }  // the person pressed Esc: the reducer has moved on
            let message = (error as? APIError)?.message ?? "could not write \(path)"
            logger.warning("export failed", metadata: ["error": "\(message)"])
            mailbox.post(.exportFailed(id: request.id, message: message))
        }
    }

    /// A plain query: its pages in order, 1000 jobs at a time.
    func exportPages(of query: JobListQuery, id: Int, writer: inout Writer) async throws {
        var page = 1
        while true {
            try Task.checkCancellation()
            let answer = try await api.listJobs(try query.with(perPage: Self.chunk, page: page))
            try writer.write(answer)
            mailbox.post(.exportProgress(id: id, written: writer.count, total: answer.totalCount))
            if answer.jobs.count < Self.chunk || writer.count >= answer.totalCount || page >= Paging.maxPage { return }
            page += 1
        }
    }

    /// A status group: every code's jobs, merged once in the view's order (what paging shows).
    func exportGroup(_ group: GroupQuery, id: Int, writer: inout Writer) async throws {
        var all: [TrainingJob] = []
        var total = 0, countLimit = 0, quotas = 0
        for (i, code) in group.codes.enumerated() {
            var page = 1, fetched = 0
            while true {
                try Task.checkCancellation()
                let answer = try await api.listJobs(try group.query(status: code, perPage: Self.chunk, page: page))
                if page == 1 {
                    total += answer.totalCount
                    if i == 0 { (countLimit, quotas) = (answer.countLimit, answer.quotas) }
                }
                all += answer.jobs
                fetched += answer.jobs.count
                mailbox.post(.exportProgress(id: id, written: all.count, total: total))
                if answer.jobs.count < Self.chunk || fetched >= answer.totalCount || page >= Paging.maxPage { break }
                page += 1
            }
        }
        all.sort { JobOrdering.precedes($0, $1, by: group.sortBy, order: group.order) }
        try writer.write(JobListPage(totalCount: total, countLimit: countLimit, quotas: quotas, jobs: all))
    }

    /// `majobs-export-20250314-093005.csv` in local time (`-2`, `-3`… if that name is taken), and the open
    /// `.majobs-export-….partial` beside it that is written first.
    static func createFile(
        in directory: String, startedAtMS: Int64, format: ExportFormat
    ) throws -> (path: String, partial: String, file: FileHandle) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date(timeIntervalSince1970: Double(startedAtMS) / 1000))
        for n in 1...100 {
            let name = "majobs-export-\(stamp)" + (n == 1 ? "" : "-\(n)") + "." + format.rawValue
            let path = (directory as NSString).appendingPathComponent(name)
            let partial = (directory as NSString).appendingPathComponent("." + name + ".partial")
            if access(path, F_OK) == 0 { continue }
            let fd = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 { return (path, partial, FileHandle(fileDescriptor: fd, closeOnDealloc: true)) }
            if errno != EEXIST { break }
        }
        throw CocoaError(.fileWriteUnknown)
    }

    /// Streams pages into the file in the chosen format.
    struct Writer {
        let format: ExportFormat
        let file: FileHandle
        private(set) var count = 0
        private var quotas = 0
        private var started = false
        private let encoder = WireCoding.encoder()

        init(format: ExportFormat, file: FileHandle) {
            self.format = format
            self.file = file
        }

        mutating func write(_ page: JobListPage) throws {
            var out = ""
            if !started {
                started = true
                quotas = page.quotas
                out +=
                    format == .csv
                    ? JobCSV.headerLine
                    : JobJSON.head(totalCount: page.totalCount, countLimit: page.countLimit)
            }
            for job in page.jobs {
                switch format {
                case .csv:
                    out += JobCSV.line(job)
                case .json:
                    guard let text = JobJSON.job(job, encoder: encoder) else { continue }
                    out += (count == 0 ? "" : ",") + text
                }
                count += 1
            }
            try file.write(contentsOf: Data(out.utf8))
        }

        /// Closes the JSON object (an empty export still gets a header or a whole object).
        mutating func finish() throws {
            if !started { try write(JobListPage(totalCount: 0, countLimit: 0, quotas: 0, jobs: [])) }
            if format == .json { try file.write(contentsOf: Data(JobJSON.tail(quotas: quotas).utf8)) }
        }
    }
}

/// The exports in flight, so Esc can cancel one by id.
final class ExportTasks: Sendable {
    private let tasks = Mutex<[Int: Task<Void, Never>]>([:])

    func start(_ id: Int, _ body: @escaping @Sendable () async -> Void) {
        // Registered under the lock, so a task that finishes at once cannot leave its entry behind.
        tasks.withLock { tasks in
            tasks[id] = Task.detached { [weak self] in
                await body()
                self?.tasks.withLock { $0[id] = nil }
            }
        }
    }

    func cancel(_ id: Int) {
        tasks.withLock { $0.removeValue(forKey: id) }?.cancel()
    }
}
