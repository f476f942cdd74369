import ArgumentParser
import Foundation
import JobBrowser
import JobBrowserRuntime
import MajobsSettings
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

    @Option(
        help: ArgumentHelp(
            "Start with this status filter: a code, name or group (e.g. failed).",
            valueName: "code|name|group"))
    var status: OptionValue<StatusFilter>?

    @Option(help: "Start sorted by this field (default: as left, or created).")
    var sort: OptionValue<SortField>?

    @Option(help: "Start with this order (default: as left, or desc).")
    var order: OptionValue<ModelArts.SortOrder>?

    @Flag(help: "Ignore the saved view (sort, filter, page size, search history) and start from the defaults.")
    var fresh = false

    @Flag(name: .customLong("no-color"), help: "Monochrome: bold, dim and reverse only.")
    var noColor = false

    @Option(
        help: ArgumentHelp(
            "Refresh the page on screen every N seconds (minimum 2, 0 = off; default: ui.refresh_seconds or 10).",
            valueName: "seconds"))
    var refresh: Int?

    @Flag(help: "Click rows and column titles, scroll with the wheel (also ui.mouse = true in the config).")
    var mouse = false

    func validate() throws {
        if let perPage, !JobListQuery.perPageRange.contains(perPage) {
            throw ValidationError(
                QueryError.outOfRange(
                    parameter: "per_page", value: String(perPage),
                    range: JobListQuery.perPageRange
                ).flagMessage)
        }
        _ = try startFilter()
        _ = try startSort()
    }

    /// The `--status` filter, read exactly as `majobs list` reads it.
    func startFilter() throws -> StatusFilter? {
        try status?.value(refusing: StatusArgument.message(for:))
    }

    /// The `--sort` and `--order` flags, refused in the words `majobs list` uses.
    func startSort() throws -> (field: SortField?, order: ModelArts.SortOrder?) {
        let field = try sort?.value { QueryError.invalidSort($0).flagMessage }
        return (field, try order?.value { QueryError.invalidOrder($0).flagMessage })
    }

    func run() async throws {
        let stderr = StandardError()
        // Bad key bindings and unknown profiles stop here, before the terminal or the network.
        let startup = try StartupConfig.load(connection, stderr: stderr)
        if let refresh, let problem = RefreshSchedule.problem(seconds: refresh) {
            stderr.write("majobs: error: --refresh \(refresh) \(problem)\n")
            throw ExitCode(64)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            FileHandle.standardError.write(
                Data("majobs: error: the browser needs a terminal; use `majobs list` in scripts\n".utf8))
            throw ExitCode(1)
        }
        // Like a missing terminal, a terminal that cannot address the cursor (TERM=dumb) is refused
        // before anything starts: exit 1, one line, the screen untouched.
        do { try NcursesTerminal.checkCapabilities() } catch {
            stderr.write("majobs: error: \(error)\n")
            throw ExitCode(1)
        }
        let logger = try FileLogHandler.logger(path: connection.log)
        // The demo lives (jobs start, finish, appear), so auto-refresh has something to show.
        let conn = try await Connector.connectOrExit(connection, live: true, logger: logger, stderr: stderr)
        let ui = conn.resolved?.config?.ui ?? startup.config?.ui
        let apis = await BrowseAPIs.resolve(connection, conn, logger: logger)
        let views = SavedViewFiles.process(logger: logger)
        let profileName = conn.resolved?.profileName
        // Read even with --fresh: this run then starts from the defaults, and what the person changes
        // (new searches included) is saved on top of the file's view instead of replacing it.
        let onFile = views.load(profile: profileName, isDemo: conn.isDemo)
        let saved = fresh ? nil : onFile
        // This run's flags win, then where the person left off, then the config file and the defaults.
        let (sortFlag, orderFlag) = try startSort()
        var config = BrowserConfig(
            sourceLabel: conn.sourceLabel, isDemo: conn.isDemo, perPage: perPage ?? saved?.perPage ?? ui?.perPage,
            utcOffsetSeconds: TimeZone.current.secondsFromGMT(), filter: try startFilter() ?? saved?.filter ?? .all,
            sortField: sortFlag ?? saved?.sortField ?? .created,
            sortOrder: orderFlag ?? (sortFlag == nil ? saved?.sortOrder : nil) ?? .desc, keymap: startup.keymap)
        config.profiles = startup.profileEntries
        config.profileName = profileName
        config.searchHistory = saved?.searchHistory ?? []
        config.autoRefreshMS = Int64(refresh ?? ui?.refreshSeconds ?? RefreshSchedule.defaultSeconds) * 1000
        config.mouse = mouse || ui?.mouse == true
        config.api = apis.preferred
        config.availableAPIs = apis.available
        config.readOnly = connection.readOnly || conn.resolved?.readOnly == true
        let switched = SwitchedConnections()
        let hooks = RuntimeHooks(
            connectProfile: switched.connector(logger: logger, views: views, readOnly: connection.readOnly),
            saveView: { view, profile, isDemo in views.save(view, profile: profile, isDemo: isDemo) },
            savedView: onFile)
        let browserConfig = config
        let noColor = self.noColor || ui?.color == .never
        let api = conn.api
        let outcome = await TerminalThread.run { () -> Result<Int32, Error> in
            Result {
                let mode = ColorMode.resolve(
                    flagNoColor: noColor, env: ProcessInfo.processInfo.environment, terminalHasColors: true)
                let terminal = try NcursesTerminal(colorMode: mode)
                defer { terminal.restore() }
                let runtime = BrowserRuntime(
                    terminal: terminal, api: api, config: browserConfig, logger: logger, hooks: hooks)
                return try runtime.run()
            }
        }
        await conn.close()
        await switched.closeAll()
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
