import ArgumentParser
import ModelArts

/// `majobs stop JOB`: v2 terminates the job, v1 stops a version.
struct StopCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop",
        abstract: "Stop a training job: terminate it (v2), or stop a version (v1).",
        discussion: """
            Asks on a terminal (y confirms); without one, --yes is required. Only Creating, Pending or Running \
            jobs (v2) and queued or running versions (v1) can be stopped. The request is sent once: it is never \
            repeated by a retry. Exit status: 0 done, 1 API or network error, 64 usage error (nothing sent).
            """)

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var target: JobArgument

    /// `--version-id`: the root command's `--version` prints majobs' own version.
    @Option(name: .customLong("version-id"), help: "v1: the id of the version to stop (default: the job's newest).")
    var version: Int64?

    @Flag(help: "Do not ask for confirmation (required without a terminal).")
    var yes = false

    func run() async throws {
        try await JobCommandMain.write(.stop, connection: connection, job: target.job, version: version, yes: yes)
    }
}

/// `majobs delete JOB`: v2 deletes the job, v1 the job or one version.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a training job (v1: the whole job, or one version with --version-id).",
        discussion: """
            Asks on a terminal for the job's name (or the last 6 characters of its id when the name is long); \
            without a terminal, --yes is required. A job already gone counts as deleted. The request is sent \
            once: it is never repeated by a retry. Exit status: 0 done, 1 API or network error, 64 usage error \
            (nothing sent).
            """)

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var target: JobArgument

    @Option(name: .customLong("version-id"), help: "v1: delete only the version with this id.")
    var version: Int64?

    @Flag(help: "Do not ask for confirmation (required without a terminal).")
    var yes = false

    func run() async throws {
        try await JobCommandMain.write(.delete, connection: connection, job: target.job, version: version, yes: yes)
    }
}
