import Foundation
import JobBrowser
import JobPresentation
import Logging
import ModelArts
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
        let sink = FileSink(file: file)
        var writer: any JobPageWriter =
            switch request.format {
            case .csv: CSVPageWriter()
            case .json: JSONPageWriter()
            }
        do {
            switch request.request {
            case .page(let query):
                try await exportPages(of: query, id: request.id, writer: &writer, sink: sink)
            case .group(let group):
                try await exportGroup(group, id: request.id, writer: &writer, sink: sink)
            case .v2(let query):
                try await exportV2Pages(of: query, id: request.id, writer: &writer, sink: sink)
            case .v2Sorted(let query):
                try await exportSortedV2(query, id: request.id, writer: &writer, sink: sink)
            }
            writer.finish(to: sink)
            try sink.check()
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
    func exportPages(
        of query: JobListQuery, id: Int, writer: inout any JobPageWriter, sink: FileSink
    ) async throws {
        let first = FetchRequest.page(try query.with(perPage: Self.chunk, page: 1))
        try await PageWalk.run(from: first, api: api) { request, answer in
            writer.write(page: answer, isFirst: request.pageNumber == 1, to: sink)
            try sink.check()
            mailbox.post(.exportProgress(id: id, written: writer.count, total: answer.totalCount))
        }
    }

    /// A v2 search: its pages in order, 50 jobs (the most v2 allows) at a time.
    func exportV2Pages(
        of query: V2ListQuery, id: Int, writer: inout any JobPageWriter, sink: FileSink
    ) async throws {
        let first = FetchRequest.v2(try query.with(page: 1, limit: V2ListQuery.limitRange.upperBound))
        try await PageWalk.run(from: first, api: api) { request, answer in
            writer.write(page: answer, isFirst: request.pageNumber == 1, to: sink)
            try sink.check()
            mailbox.post(.exportProgress(id: id, written: writer.count, total: answer.totalCount))
        }
    }

    /// A status group: every code's jobs, merged once in the view's order (what paging shows).
    func exportGroup(
        _ group: GroupQuery, id: Int, writer: inout any JobPageWriter, sink: FileSink
    ) async throws {
        var all: [TrainingJob] = []
        var total = 0, countLimit = 0, quotas = 0
        for (i, code) in group.codes.enumerated() {
            let first = FetchRequest.page(try group.query(status: code, perPage: Self.chunk, page: 1))
            try await PageWalk.run(from: first, api: api) { request, answer in
                if request.pageNumber == 1 {
                    total += answer.totalCount
                    if i == 0 { (countLimit, quotas) = (answer.countLimit, answer.quotas) }
                }
                all += answer.jobs
                mailbox.post(.exportProgress(id: id, written: all.count, total: total))
            }
        }
        all.sort { JobOrdering.precedes($0, $1, by: group.sortBy, order: group.order) }
        let page = JobListPage(totalCount: total, countLimit: countLimit, quotas: quotas, jobs: all)
        writer.write(page: page, isFirst: true, to: sink)
        try sink.check()
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
}

/// A file as an `OutputSink`: the first write error is kept for `check()`, and later writes are skipped.
final class FileSink: OutputSink {
    private let file: FileHandle
    private var error: (any Error)?

    init(file: FileHandle) { self.file = file }

    func write(_ text: String) {
        guard error == nil else { return }
        do { try file.write(contentsOf: Data(text.utf8)) } catch { self.error = error }
    }

    /// Throws the first write error, if any.
    func check() throws {
        if let error { throw error }
    }
}

/// The exports in flight, so Esc can cancel one by id.
final class ExportTasks: Sendable {
    private let tasks = Mutex<[Int: Task<Void, Never>]>([:])
    private let work: BackgroundWork

    init(work: BackgroundWork) { self.work = work }

    func start(_ id: Int, _ body: @escaping @Sendable () async -> Void) {
        // Registered under the lock, so a task that finishes at once cannot leave its entry behind.
        tasks.withLock { tasks in
            tasks[id] = work.start { [weak self] in
                await body()
                self?.tasks.withLock { $0[id] = nil }
            }
        }
    }

    func cancel(_ id: Int) {
        tasks.withLock { $0.removeValue(forKey: id) }?.cancel()
    }
}
