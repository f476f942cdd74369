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
            "Status code, name or group, e.g. 11, JOBSTAT_FAILED, failed (a group: every code in it, merged); "
                + "on v2 a group or a phase, e.g. failed, Abnormal.",
            valueName: "code|name|group"))
    var status: StatusOption?

    @Option(help: "Page number (1...65535).")
    var page: Int = 1

    @Option(name: .customLong("per-page"), help: "Jobs per page (1...1000; on v2 1...50).")
    var perPage: Int = 10

    @Option(help: "Sort field (on v2 the default is created, the server's only sort; any other is sorted locally).")
    var sort: OptionValue<SortField> = .defaulted(.name)

    @Option(help: "Sort order (on v2 by created the default is desc).")
    var order: OptionValue<ModelArts.SortOrder> = .defaulted(.asc)

    @Option(help: "Only jobs whose name contains this text (at most 64 characters).")
    var search: String = ""

    @Flag(help: "Every page from --page on, streamed.")
    var all = false

    @Option(help: "Output format.")
    var output: OutputFormat = .table

    func validate() throws {
        // A profile's `api` is known only after connecting: `run` plans again with it.
        _ = try makePlan(choice: connection.api ?? .auto)
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
        try status?.filter.value(refusing: StatusArgument.message(for:))
    }

    func run() async throws {
        let logger = try FileLogHandler.logger(path: connection.log)
        let stderr = StandardError()
        let conn = try await Connector.connectOrExit(connection, logger: logger, stderr: stderr)
        let plan: ListPlan
        do {
            plan = try makePlan(choice: connection.api ?? conn.resolved?.apiChoice ?? .auto)
        } catch {
            await conn.close()
            stderr.write("Error: \(error)\n")
            throw ExitCode.validationFailure
        }
        let output = ListOutput(
            format: output, isTerminal: isatty(STDOUT_FILENO) == 1, sink: StandardOutput(), stderr: stderr)
        var failure: (any Error)?
        do {
            switch plan {
            case .v1(let request):
                try await listV1(request, api: conn.api, output: output)
            case .v2(let v2):
                try await listV2(v2, api: conn.api, output: output)
            case .either(let v2, let v1):
                do {
                    try await listV2(v2, api: conn.api, output: output)
                } catch let error as APIError where error.isRouteAbsent && !output.started {
                    logger.info("no v2 training API here: listing v1")
                    try await listV1(v1, api: conn.api, output: output)
                }
            }
        } catch {
            failure = error
        }
        output.finish()
        await conn.close()
        if let usage = failure as? ListUsageError {
            stderr.write("Error: \(usage)\n")
            throw ExitCode.validationFailure
        }
        if let failure {
            stderr.write("majobs: error: \((failure as? APIError ?? .cancelled).message)\n")
            throw ExitCode(1)
        }
    }

    /// Every page of a v1 request (one without `--all`), streamed.
    func listV1(_ request: FetchRequest, api: any JobsAPI, output: ListOutput) async throws {
        output.begin(api: .v1)
        try await PageWalk.run(from: request, api: api, maxPages: all ? .max : 1) { _, page in
            output.write(page)
        }
    }

}
