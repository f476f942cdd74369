import ArgumentParser
import BuildInfo

/// The `majobs` command: browse (default), list, logs, stop, delete, emulator, config, configure.
public struct Majobs: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "majobs",
        abstract: "Browse Huawei Cloud ModelArts training jobs from the terminal.",
        version: BuildInfo.versionLine,
        subcommands: [
            BrowseCommand.self, ListCommand.self, LogsCommand.self, StopCommand.self, DeleteCommand.self,
            EmulatorCommand.self, ConfigCommand.self, ConfigureCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
    public init() {}
}

extension Majobs {
    /// Parses the command line and runs the chosen command with the async entry point.
    /// (Calling `main()` on the concrete type can pick the synchronous overload, which refuses
    /// async subcommands; going through the generic constraint always picks the async one.)
    public static func runAsMain() async {
        await runAsync(Majobs.self)
    }

    private static func runAsync<Command: AsyncParsableCommand>(_: Command.Type) async {
        await Command.main(nil)
    }
}
