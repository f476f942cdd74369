import ArgumentParser
import JobBrowser
import ModelArts
import ModelArtsClient

/// `majobs config`: commands about the config file.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the config file ($XDG_CONFIG_HOME/majobs/config.toml).",
        subcommands: [ConfigCheckCommand.self])
}

/// `majobs config check`: validates the file and shows where each profile's credentials come from.
struct ConfigCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config file and show each profile's credential source (secrets masked).",
        discussion: "Prints one line per profile on stdout and one line per problem on stderr; exits 1 if any. "
            + "No config file is not a problem: the defaults apply and the default connection is shown.")

    func run() async throws {
        let report = ConfigCheck(environment: .process()).run()
        let out = StandardOutput(), err = StandardError()
        for line in report.lines { out.write(line + "\n") }
        for problem in report.problems { err.write("majobs: problem: \(problem)\n") }
        if !report.problems.isEmpty { throw ExitCode(1) }
    }
}
