import MajobsSettings
import ModelArts
import ModelArtsClient

/// One run of `majobs configure` over an injected terminal and environment: ask (or take the flags),
/// check the credentials with one real call, then write, or write nothing when the check failed.
struct ConfigureSession {
    let io: any ConfigureIO
    let interactive: Bool
    let given: ConfigureGiven
    let environment: ResolverEnvironment
    var secretsInConfig = false
    var saveAnyway = false
    /// The check, injectable so a test can count calls; the real one makes one signed request.
    var check: (ConfigureDraft, String?) async -> CredentialCheck.Outcome = { draft, password in
        await CredentialCheck.run(draft, password: password)
    }

    /// Runs the whole flow; the exit status: 0 written, 1 check failed (nothing written), 64 usage, 78 config.
    func run() async -> Int32 {
        let configPath = MajobsConfig.defaultPath(
            environment: environment.variables, homeDirectory: environment.homeDirectory)
        let config: MajobsConfig?
        do {
            config = try ConnectionResolver(environment: environment).loadConfig().config
        } catch {
            io.fail("majobs: error: \(error.message) (fix the config file, then run majobs configure again)")
            return error.exitCode
        }
        let flow = ConfigureFlow(
            io: io, interactive: interactive, given: given, environment: environment, config: config)
        let asked: (draft: ConfigureDraft, password: String?, makeDefault: Bool)
        do {
            asked = try flow.run()
        } catch {
            io.fail("majobs: error: \(error.description)")
            return interactive ? 1 : 64
        }
        var draft = asked.draft
        let existing = ExistingProfile(profile: config?.profiles[draft.profile], environment: environment)
        switch await check(draft, asked.password) {
        case .passed(let line, let projectID):
            io.say("check passed: \(line)")
            if draft.projectID == nil { draft.projectID = projectID }
        case .failed(let line):
            io.fail("check failed: \(OneLine.clean(line, limit: 300))")
            guard (try? confirmSaveAnyway(flow)) == true else {
                io.fail("nothing written (rerun with --save-anyway to keep these settings regardless)")
                return 1
            }
        }
        let save = ConfigureSave(
            environment: environment, configPath: configPath, secretsInConfig: secretsInConfig)
        do {
            let lines = try save.write(draft, existing: existing, makeDefault: asked.makeDefault)
            lines.forEach(io.say)
        } catch {
            io.fail("majobs: error: \(error.message)")
            return error.exitCode
        }
        let selection = asked.makeDefault ? "majobs" : "majobs --profile \(draft.profile)"
        io.say("next: \(selection)")
        return 0
    }

    /// `--save-anyway`, or, interactively, a yes to the question (default no).
    func confirmSaveAnyway(_ flow: ConfigureFlow) throws -> Bool {
        if saveAnyway { return true }
        guard interactive else { return false }
        let answer = try flow.answer("Save these settings anyway? y/n", what: "", default: "n") {
            ["y", "n", "yes", "no"].contains($0.lowercased()) ? nil : "answer y or n"
        }
        return answer?.lowercased().hasPrefix("y") == true
    }
}
