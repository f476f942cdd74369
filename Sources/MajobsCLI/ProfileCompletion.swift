import ArgumentParser
import Foundation
import MajobsSettings
import ModelArtsClient

/// `--profile <TAB>`: the profile names of the config file. The shell runs `majobs` to ask, so this
/// reads one local file and nothing else (no network, no credentials), and an unreadable or broken
/// file completes nothing instead of printing an error into the command line.
enum ProfileCompletion {
    /// The names starting with `prefix`, sorted.
    static func candidates(prefix: String, environment: ResolverEnvironment) -> [String] {
        let path = MajobsConfig.defaultPath(
            environment: environment.variables, homeDirectory: environment.homeDirectory)
        guard let text = try? environment.readFile(path),
            let config = try? MajobsConfig.parse(text, path: path)
        else { return [] }
        return config.profileNames.filter { $0.hasPrefix(prefix) }
    }
}

extension CompletionKind {
    /// The profiles in `$XDG_CONFIG_HOME/majobs/config.toml`.
    static var profiles: CompletionKind {
        .custom { _, _, prefix in ProfileCompletion.candidates(prefix: prefix, environment: .process()) }
    }
}
