import ArgumentParser
import ModelArtsClient
import ModelArts
import Testing

@testable import MajobsCLI

/// `majobs stop|delete` in-process: JOB references, the resolver, confirmations with injected IO, and
/// which failures send nothing.
@Suite("stop and delete: references, confirmations and what is sent")
struct JobWriteCommandTests {
    static let uuid = "3faf5c03-aaa1-4cbe-879d-24b05d997347"

    static func api(_ setup: (inout CLIFakeAPI.State) -> Void = { _ in }) -> CLIFakeAPI {
        let api = CLIFakeAPI()
        api.state.withLock { s in
            s.v2Jobs = [
                CLIFakeAPI.v2Job(uuid, "resnet-train"),
                CLIFakeAPI.v2Job("aaaaaaaa-0000-0000-0000-000000000001", "bert-a"),
                CLIFakeAPI.v2Job("aaaaaaaa-0000-0000-0000-000000000002", "bert-b", phase: "Completed"),
                CLIFakeAPI.v2Job("aaaaaaaa-0000-0000-0000-000000000003", "bert"),
            ]
            s.v1Jobs = [CLIFakeAPI.v1Job(42, "old-job", version: 7)]
            setup(&s)
        }
        return api
    }

    static func runner(
        _ kind: JobWriteRunner.Kind, _ job: String, version: Int64? = nil, yes: Bool = false,
        io: ScriptedConfirmIO = ScriptedConfirmIO(), api choice: APIChoice = .auto
    ) throws -> JobWriteRunner {
        JobWriteRunner(
            kind: kind, reference: try JobReference(parsing: job, api: choice), version: version, yes: yes, io: io)
    }

    @Test("JOB is a v1 id (digits), a v2 UUID, or a name prefix; digits under --api v2 are a name")
    func references() throws {
        #expect(try JobReference(parsing: "42", api: .auto) == .v1(42))
        #expect(try JobReference(parsing: Self.uuid.uppercased(), api: .v1) == .v2(Self.uuid))
        #expect(try JobReference(parsing: "resnet", api: .auto) == .namePrefix("resnet"))
        #expect(try JobReference(parsing: "2024", api: .v2) == .namePrefix("2024"))
        #expect(throws: JobCommandError.self) { try JobReference(parsing: "", api: .auto) }
        #expect(throws: JobCommandError.self) { try JobReference(parsing: "a\u{1B}b", api: .auto) }
    }

    @Test("a unique prefix finds its job; an exact name wins over longer names it starts")
    func prefixes() async throws {
        let api = Self.api()
        let resolver = JobResolver(api: api, choice: .auto)
        #expect(try await resolver.resolve(.namePrefix("res")).id == Self.uuid)
        #expect(try await resolver.resolve(.namePrefix("bert")).name == "bert")
        // auto on a server with v2 lists v2 only: a v1 job's name is not found there.
        await #expect(throws: JobCommandError.failure("no job whose name starts with 'old'")) {
            try await resolver.resolve(.namePrefix("old"))
        }
    }

    @Test("auto falls back to the v1 list where the server has no v2")
    func autoFallback() async throws {
        let api = Self.api { $0.hasV2 = false }
        let job = try await JobResolver(api: api, choice: .auto).resolve(.namePrefix("old"))
        #expect(job.api == .v1 && job.id == "42" && job.versionID == 7)
        #expect(api.calls == ["listV2Jobs", "listJobs"])
    }

    @Test("an ambiguous prefix lists at most 20 candidates in a usage error, and nothing is sent")
    func ambiguous() async throws {
        let api = Self.api { s in
            s.v2Jobs = (0..<25).map {
                CLIFakeAPI.v2Job(String(format: "bbbbbbbb-0000-0000-0000-%012d", $0), "run-\($0)")
            }
        }
        let runner = try Self.runner(.delete, "run-", yes: true)
        do {
            _ = try await runner.run(api: api, choice: .auto, readOnly: false)
            Issue.record("not refused")
        } catch {
            guard case .usage(let text) = error else { Issue.record("not a usage error: \(error)"); return }
            let lines = text.split(separator: "\n")
            #expect(lines.first?.contains("matches 25 jobs") == true)
            #expect(lines.count == 22 && lines.last == "  … and 5 more")
            #expect(error.exitCode == 64)
        }
        #expect(api.performed.isEmpty)
    }

    @Test("without a terminal and without --yes: exit 64 before connecting; --read-only: exit 1")
    func refusedBeforeConnecting() throws {
        let noTTY = try Self.runner(.delete, "bert", io: ScriptedConfirmIO(canAsk: false))
        #expect(throws: JobCommandError.usage("refusing to delete without a terminal to confirm on: pass --yes")) {
            try noTTY.check(readOnlyFlag: false)
        }
        #expect(throws: JobCommandError.failure(APIError.readOnlyMessage)) { try noTTY.check(readOnlyFlag: true) }
        let yes = try Self.runner(.stop, "bert", yes: true, io: ScriptedConfirmIO(canAsk: false))
        try yes.check(readOnlyFlag: false)
        let versioned = try Self.runner(.stop, Self.uuid, version: 3, yes: true)
        #expect(throws: JobCommandError.self) { try versioned.check(readOnlyFlag: false) }
    }

    @Test("a read-only profile refuses before looking the job up")
    func readOnlyProfile() async throws {
        let api = Self.api()
        await #expect(throws: JobCommandError.failure(APIError.readOnlyMessage)) {
            _ = try await Self.runner(.stop, "bert", yes: true).run(api: api, choice: .auto, readOnly: true)
        }
        #expect(api.calls.isEmpty && api.performed.isEmpty)
    }

    @Test(
        "stop: only y confirms; Enter, n, anything else or the end of input send nothing",
        arguments: [
            ("y", true), ("Y", true), ("", false), ("n", false), ("yes please", false), (nil, false),
        ] as [(String?, Bool)])
    func stopConfirmation(answer: String?, sends: Bool) async throws {
        let api = Self.api()
        let io = ScriptedConfirmIO(answers: [answer])
        let runner = try Self.runner(.stop, "res", io: io)
        do {
            let line = try await runner.run(api: api, choice: .auto, readOnly: false)
            #expect(sends && line == "stopping job resnet-train (\(Self.uuid))")
        } catch {
            #expect(!sends && error == .failure("cancelled: nothing was sent"))
        }
        #expect(api.performed == (sends ? [.terminateV2(id: Self.uuid)] : []))
        #expect(io.prompts == ["Stop job resnet-train (\(Self.uuid))? Type y to confirm [y/N]: "])
    }

    @Test("delete: the exact name confirms; a wrong or partial name sends nothing")
    func deleteConfirmation() async throws {
        for (answer, sends) in [("resnet-train", true), ("resnet", false), ("y", false)] {
            let api = Self.api()
            let runner = try Self.runner(.delete, Self.uuid, io: ScriptedConfirmIO(answers: [answer]))
            let line = try? await runner.run(api: api, choice: .auto, readOnly: false)
            #expect((line != nil) == sends, "answer \(answer)")
            #expect(api.performed == (sends ? [.deleteV2(id: Self.uuid)] : []))
        }
    }

    @Test("a long name is confirmed with the last 6 characters of the id")
    func longName() async throws {
        let long = String(repeating: "x", count: 40)
        let api = Self.api { $0.v2Jobs = [CLIFakeAPI.v2Job(Self.uuid, long)] }
        let io = ScriptedConfirmIO(answers: ["997347"])
        _ = try await Self.runner(.delete, Self.uuid, io: io).run(api: api, choice: .auto, readOnly: false)
        #expect(api.performed == [.deleteV2(id: Self.uuid)])
        #expect(io.prompts.first?.contains("Type the last 6 characters of its id (997347)") == true)
    }

    @Test("v1: stop the newest version, delete the job or --version; already gone counts as done")
    func v1Actions() async throws {
        let api = Self.api { $0.performResult = .success(.alreadyGone) }
        _ = try await Self.runner(.stop, "42", yes: true).run(api: api, choice: .auto, readOnly: false)
        let line = try await Self.runner(.delete, "42", yes: true).run(api: api, choice: .auto, readOnly: false)
        _ = try await Self.runner(.delete, "42", version: 5, yes: true).run(api: api, choice: .auto, readOnly: false)
        #expect(
            api.performed == [
                .stopV1(jobID: 42, versionID: 7), .deleteV1Job(jobID: 42), .deleteV1Version(jobID: 42, versionID: 5),
            ])
        #expect(line == "job old-job (42) was already gone")
    }

    @Test("a job that cannot be stopped is refused without sending; a server refusal is one readable line")
    func failures() async throws {
        let api = Self.api()
        await #expect(
            throws: JobCommandError.failure(
                "job bert-b (aaaaaaaa-0000-0000-0000-000000000002) is Completed: only Creating, Pending or Running jobs can be stopped"
            )
        ) {
            _ = try await Self.runner(.stop, "bert-b", yes: true).run(api: api, choice: .auto, readOnly: false)
        }
        #expect(api.performed.isEmpty)
        api.state.withLock { $0.performResult = .failure(.server(status: 409, code: "ModelArts.2878", message: "x")) }
        await #expect(
            throws: JobCommandError.failure(
                "the job's status changed meanwhile: try again in a moment (HTTP 409 ModelArts.2878)")
        ) {
            _ = try await Self.runner(.delete, "bert-a", yes: true).run(api: api, choice: .auto, readOnly: false)
        }
        #expect(api.performed.count == 1)
    }

    @Test("the commands parse their flags; error lines and exit codes are the documented ones")
    func parsing() throws {
        let stop = try StopCommand.parse(["--yes", "--version-id", "3", "42"])
        #expect(stop.yes && stop.version == 3 && stop.target.job == "42")
        let delete = try DeleteCommand.parse(["--read-only", "bert"])
        #expect(delete.connection.readOnly && !delete.yes)
        #expect(JobCommandError.usage("u").exitCode == 64 && JobCommandError.failure("f").exitCode == 1)
        #expect(
            JobCommandError.usage("u").line == "Error: u" && JobCommandError.failure("f").line == "majobs: error: f")
    }
}

@Suite("JOB completion")
struct JobCompletionTests {
    @Test("completes the names starting with the word, v2 then v1 where there is no v2, skipping spaced names")
    func names() async throws {
        let api = JobWriteCommandTests.api { s in
            s.v2Jobs.append(CLIFakeAPI.v2Job("aaaaaaaa-0000-0000-0000-000000000009", "bert with space"))
        }
        #expect(
            try await JobCompletion.names(client: api, choice: .auto, prefix: "bert") == ["bert", "bert-a", "bert-b"])
        api.state.withLock { $0.hasV2 = false }
        #expect(try await JobCompletion.names(client: api, choice: .auto, prefix: "old") == ["old-job"])
        #expect(try await JobCompletion.names(client: api, choice: .v1, prefix: "o") == ["old-job"])
    }

    @Test("reads --profile and --api from the words typed, in both spellings")
    func flags() {
        #expect(JobCompletion.value(of: "--profile", in: ["majobs", "logs", "--profile", "lab", "be"]) == "lab")
        #expect(JobCompletion.value(of: "--api", in: ["majobs", "stop", "--api=v1"]) == "v1")
        #expect(JobCompletion.value(of: "--api", in: ["majobs", "stop", "--api"]) == nil)
    }

    @Test("the demo and an unconfigured home complete nothing, at once")
    func nothingConfigured() async {
        let environment = ResolverEnvironment(
            variables: [:], homeDirectory: "/nonexistent-majobs-home",
            promptPassword: { _ in throw CancellationError() })
        #expect(
            await JobCompletion.candidates(words: ["majobs", "logs", "--demo"], prefix: "", environment: environment)
                == [])
        #expect(await JobCompletion.candidates(words: ["majobs", "logs"], prefix: "b", environment: environment) == [])
    }
}
