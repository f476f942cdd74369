import JobBrowser
import MajobsSettings
import ModelArts
import ModelArtsClient

/// The work of `majobs config check`, on an injected environment so tests need no real home.
struct ConfigCheck {
    /// What the check found: report lines (stdout) and problems (stderr, one line each).
    struct Report: Equatable {
        var lines: [String] = []
        var problems: [String] = []
    }

    let environment: ResolverEnvironment

    func run() -> Report {
        var report = Report()
        let resolver = ConnectionResolver(environment: environment)
        let path = MajobsConfig.defaultPath(
            environment: environment.variables, homeDirectory: environment.homeDirectory)
        let loaded: (config: MajobsConfig?, warnings: [String])
        do {
            loaded = try resolver.loadConfig()
        } catch {
            report.problems.append(error.message)
            return report
        }
        guard let config = loaded.config else {
            // Not a problem: without a file the flags, the environment and the SDK credentials
            // file still configure a connection; show which one the commands would use.
            report.lines.append("no config file at \(path) (defaults apply)")
            report.lines.append(contentsOf: describeDefault(resolver, problems: &report.problems))
            return report
        }
        report.lines.append("config: \(path)")
        report.problems += loaded.warnings
        do {
            _ = try Keymap.standard.applying(config.keys)
            if !config.keys.isEmpty { report.lines.append("keys: \(config.keys.count) rebinding(s) OK") }
        } catch {
            report.problems.append(error.message)
        }
        if config.profiles.isEmpty { report.lines.append("profiles: none") }
        for name in config.profileNames {
            let marker = name == config.defaultProfile ? " (default)" : ""
            do {
                let resolved = try resolver.resolve(ConnectionFlags(profile: name))
                report.lines.append("profile \(name)\(marker): \(Self.describe(resolved))")
                // The file's own warnings were already counted once above.
                report.problems += resolved.warnings.filter { !loaded.warnings.contains($0) }
            } catch {
                report.lines.append("profile \(name)\(marker): does not resolve")
                report.problems.append("profile \(name): \(error.message)")
            }
        }
        report.problems = Self.unique(report.problems)
        return report
    }

    /// The connection a command without `--profile` resolves to (environment, credentials file).
    /// Without a config file the endpoint and project often come from flags on each run, so a
    /// connection that is incomplete here is reported, not counted as a problem.
    func describeDefault(_ resolver: ConnectionResolver, problems: inout [String]) -> [String] {
        do {
            let resolved = try resolver.resolve(ConnectionFlags())
            problems += resolved.warnings
            return ["default connection: \(Self.describe(resolved))"]
        } catch {
            let keys = (try? resolver.keySources(ConnectionFlags())) ?? nil
            return ["default connection: \(keys ?? "no credentials"); needs flags: \(error.message)"]
        }
    }

    /// `AK ABCD…WXYZ, SK ****; from ...` or `token for user@domain; from ...`; never a secret.
    static func describe(_ resolved: ResolvedConnection) -> String {
        guard let configuration = resolved.configuration else { return "nothing configured (demo)" }
        let credentials: String
        switch configuration.authentication {
        case .akSk(let c):
            let token = c.securityToken == nil ? "" : ", security token ****"
            credentials = "AK \(SigningCredentials.mask(c.accessKey)), SK ****\(token)"
        case .token(let t):
            credentials = "token auth as \(t.userName)@\(t.domainName), password ****"
        }
        let access = resolved.readOnly ? " (read-only)" : ""
        return "\(credentials)\(access); \(resolved.sourceDescription)"
    }

    static func unique(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.filter { seen.insert($0).inserted }
    }
}
