import MajobsSettings
import TestSupport

@testable import ModelArtsClient

extension ConnectionResolver {
    /// A resolver that reads `home` (majobs' config under its `.config`, as `XDG_CONFIG_HOME` says, plus
    /// `env`) and has no terminal to ask a password on.
    static func reading(_ home: TempHome, env: [String: String] = [:]) -> ConnectionResolver {
        var variables = env
        variables["XDG_CONFIG_HOME"] = home.path + "/.config"
        let environment = ResolverEnvironment(
            variables: variables, homeDirectory: home.path,
            promptPassword: { _ in throw PasswordPrompt.Failure(description: "no terminal") })
        return ConnectionResolver(environment: environment)
    }
}
