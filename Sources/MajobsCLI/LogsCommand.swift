import ArgumentParser
import ModelArts

/// `majobs logs JOB`: a job's log on stdout, like `kubectl logs [-f]`.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Print a training job's log: one task (v2) or one version's log file (v1).",
        discussion: """
            Prints the newest lines: on v2 the server's preview (the whole log, or its newest 5 MB), on v1 the \
            newest 500 lines; --tail N prints the newest N. Control sequences other than colours (SGR) are \
            removed; colours are kept on a terminal (unless NO_COLOR is set) or with --color. With --follow it \
            polls for new lines every 1.5 s and exits when the job ends. Exit status: 0 done, 1 API or network \
            error, 64 usage error.
            """)

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var target: JobArgument

    @Option(help: "v2: the task, e.g. worker-1 (default: the job's first task, worker-0).")
    var task: String?

    /// `--version-id`: the root command's `--version` prints majobs' own version.
    @Option(name: .customLong("version-id"), help: "v1: the version's id (default: the job's newest).")
    var version: Int64?

    @Option(help: ArgumentHelp("v1: the log file (default: the version's first).", valueName: "name"))
    var file: String?

    @Option(help: ArgumentHelp("Print only the newest N lines.", valueName: "N"))
    var tail: Int?

    @Flag(name: [.customShort("f"), .long], help: "Keep printing new lines until the job ends.")
    var follow = false

    @Flag(help: "Keep colours (SGR) even when stdout is not a terminal.")
    var color = false

    func validate() throws {
        if let tail, tail < 0 { throw ValidationError("--tail must be 0 or more lines") }
    }

    func run() async throws {
        let options = LogsRunner.Options(
            task: task, version: version, file: file, tail: tail, follow: follow,
            colors: JobCommandMain.keepsColors(flag: color))
        try await JobCommandMain.logs(connection: connection, job: target.job, options: options)
    }
}
