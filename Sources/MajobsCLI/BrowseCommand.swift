import ArgumentParser
import Foundation
import JobBrowser
import JobBrowserRuntime
import ModelArts
import ModelArtsClient
import NcursesTerminal
import TerminalUI

/// `majobs` / `majobs browse`: the interactive job browser.
struct BrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse training jobs interactively (the default command).")

    @OptionGroup var connection: ConnectionOptions

    @Option(name: .customLong("per-page"), help: "Jobs per server page (1...1000); default: fits the screen.")
    var perPage: Int?

    @Option(help: ArgumentHelp("Start with this status filter: a code, name or group (e.g. failed).", valueName: "status"))
    var status: String?

    @Option(help: "Start sorted by: name, desc, status, duration, versions or created.")
    var sort: String = "created"

    @Option(help: "Start with this order: asc or desc.")
    var order: String = "desc"

    @Flag(name: .customLong("no-color"), help: "Monochrome: bold, dim and reverse only.")
    var noColor = false

    func validate() throws {
        if let perPage, !JobListQuery.perPageRange.contains(perPage) {
            throw ValidationError(QueryError.outOfRange(parameter: "per-page", value: String(perPage),
                                                        range: JobListQuery.perPageRange).description)
        }
        _ = try startFilter()
        guard SortField(parsing: sort) != nil else { throw ValidationError(QueryError.invalidSort(sort).description) }
        guard SortOrder(rawValue: order.lowercased()) != nil else {
            throw ValidationError(QueryError.invalidOrder(order).description)
        }
    }

    func startFilter() throws -> StatusFilter {
        guard let status else { return .all }
        if let group = StatusGroup.allCases.first(where: { $0.rawValue == status.lowercased() }) { return .group(group) }
        guard let parsed = JobStatus.parse(status), let code = parsed.code else {
            throw ValidationError(QueryError.invalidStatus(status).description)
        }
        return .code(code)
    }

    func run() async throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(Data("majobs: error: the browser needs a terminal; use `majobs list` in scripts\n".utf8))
            throw ExitCode(1)
        }
        let logger = try FileLogHandler.logger(path: connection.log)
        let stderr = StandardError()
        let conn = try await Connector.connectOrExit(connection, logger: logger, stderr: stderr)
        let ui = conn.resolved?.config?.ui
        let config = BrowserConfig(
            sourceLabel: conn.sourceLabel, isDemo: conn.isDemo, perPage: perPage ?? ui?.perPage,
            utcOffsetSeconds: TimeZone.current.secondsFromGMT(), filter: try startFilter(),
            sortField: SortField(parsing: sort) ?? .created, sortOrder: SortOrder(rawValue: order.lowercased()) ?? .desc)
        let noColor = self.noColor || ui?.color == .never
        let api = conn.api
        let outcome = await TerminalThread.run { () -> Result<Int32, Error> in
            Result {
                let mode = ColorMode.resolve(
                    flagNoColor: noColor, env: ProcessInfo.processInfo.environment, terminalHasColors: true)
                let terminal = try NcursesTerminal(colorMode: mode)
                defer { terminal.restore() }
                return try BrowserRuntime(terminal: terminal, api: api, config: config, logger: logger).run()
            }
        }
        await conn.close()
        switch outcome {
        case .success(let code):
            if code != 0 { throw ExitCode(code) }
        case .failure(let error):
            stderr.write("majobs: error: \(error)\n")
            throw ExitCode(1)
        }
    }
}

/// Runs the terminal loop on a thread of its own: the loop blocks in `poll()`, which must not
/// hold one of the few cooperative threads the network tasks need.
enum TerminalThread {
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: body()) }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }
}
