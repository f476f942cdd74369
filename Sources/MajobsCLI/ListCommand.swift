import ArgumentParser
import Foundation
import JobBrowser
import JobPresentation
import ModelArts
import ModelArtsClient

/// `majobs list`: one query, printed once as a table, JSON or CSV.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print one page (or --all pages) of training jobs as a table, JSON or CSV.")

    @OptionGroup var connection: ConnectionOptions

    @Option(
        help: ArgumentHelp(
            "Status code, name or group, e.g. 11, JOBSTAT_FAILED, failed (a group: every code in it, merged).",
            valueName: "code|name|group"))
    var status: OptionValue<StatusFilter>?

    @Option(help: "Page number (1...65535).")
    var page: Int = 1

    @Option(name: .customLong("per-page"), help: "Jobs per page (1...1000).")
    var perPage: Int = 10

    @Option(help: "Sort field.")
    var sort: OptionValue<SortField> = .valid(.name)

    @Option(help: "Sort order.")
    var order: OptionValue<ModelArts.SortOrder> = .valid(.asc)

    @Option(help: "Only jobs whose name contains this text (at most 64 characters).")
    var search: String = ""

    @Flag(help: "Every page from --page on, streamed.")
    var all = false

    @Option(help: "Output format.")
    var output: OutputFormat = .table

    func validate() throws {
        _ = try makeRequest()
    }

    /// The validated request: one query, or one per code of a status group (as the browser's `--status`
    /// and status picker select them); a bad value is a usage error (exit 64) before anything is sent.
    func makeRequest() throws -> FetchRequest {
        let query = try makeQuery()
        guard let codes = try statusFilter()?.codes, codes.count > 1 else {
            return .page(query)
        }
        do {
            return .group(
                try GroupQuery(
                    codes: codes, perPage: query.perPage, page: query.page,
                    sortBy: query.sortBy, order: query.order, searchContent: query.searchContent))
        } catch {
            throw ValidationError(error.flagMessage)
        }
    }

    /// The single-code (or unfiltered) query with every other flag.
    func makeQuery() throws -> JobListQuery {
        let code = try statusFilter()?.codes?.first
        let field = try sort.value { QueryError.invalidSort($0).flagMessage }
        let direction = try order.value { QueryError.invalidOrder($0).flagMessage }
        do {
            return try JobListQuery(
                status: code, perPage: perPage, page: page, sortBy: field, order: direction, searchContent: search)
        } catch {
            // The query speaks the wire's names (per_page); a person typed flags (--per-page).
            throw ValidationError(error.flagMessage)
        }
    }

    /// The `--status` filter, read exactly as `majobs browse` reads it.
    func statusFilter() throws -> StatusFilter? {
        try status?.value(refusing: StatusArgument.message(for:))
    }

    func run() async throws {
        let request = try makeRequest()
        let logger = try FileLogHandler.logger(path: connection.log)
        let stderr = StandardError()
        let conn = try await Connector.connectOrExit(connection, logger: logger, stderr: stderr)
        let sink = StandardOutput()
        var writer = makeWriter(isTerminal: isatty(STDOUT_FILENO) == 1)
        var failure: APIError?
        var first = true
        do {
            try await PageWalk.run(from: request, api: conn.api, maxPages: all ? .max : 1) { _, page in
                writer.write(page: page, isFirst: first, to: sink)
                first = false
            }
        } catch {
            failure = error as? APIError ?? .cancelled
        }
        if !first { writer.finish(to: sink) }
        await conn.close()
        if let failure {
            stderr.write("majobs: error: \(failure.message)\n")
            throw ExitCode(1)
        }
    }

    func makeWriter(isTerminal: Bool) -> any JobPageWriter {
        switch output {
        case .json: return JSONPageWriter()
        case .csv: return CSVPageWriter(sanitizeForTerminal: isTerminal)
        case .table:
            let width = isTerminal ? TerminalWidth.current() ?? 120 : 200
            return TablePageWriter(maxWidth: width, utcOffsetSeconds: TimeZone.current.secondsFromGMT())
        }
    }
}
