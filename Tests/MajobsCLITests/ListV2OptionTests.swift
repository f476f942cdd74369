import ArgumentParser
import JobBrowser
import ModelArts
import Testing

@testable import MajobsCLI

/// `majobs list --api …`: which API a command line plans for, and the v2 refusals (one line, exit 64,
/// before anything is sent: they are all made while parsing).
@Suite("list: the API choice and v2 options")
struct ListV2OptionTests {
    static func list(_ arguments: [String]) throws -> ListCommand {
        try #require(try Majobs.parseAsRoot(["list"] + arguments) as? ListCommand)
    }

    static func refusal(_ arguments: [String]) -> (message: String, code: ExitCode)? {
        do {
            _ = try Majobs.parseAsRoot(["list"] + arguments)
            return nil
        } catch {
            return (Majobs.message(for: error), Majobs.exitCode(for: error))
        }
    }

    @Test(
        "v2 refusals name the valid range or words in one line, exit 64",
        arguments: [
            (["--api", "v2", "--per-page", "51"], "--per-page 51 is out of range: allowed 1...50"),
            (["--api", "v2", "--per-page", "0"], "--per-page 0 is out of range: allowed 1...50"),
            (
                ["--api", "v2", "--status", "sleeping"],
                "--status 'sleeping' is not a v2 phase (Creating, Pending, Running, Terminating, Completed, Failed, "
                    + "Terminated, Abnormal) or group (queued, running, succeeded, failed, stopping, stopped)"
            ),
            (["--api", "v2", "--status", "11"], "--status '11' is not a v2 phase"),
            (["--api", "v2", "--sort", "versions"], "--sort versions: v2 jobs have no versions"),
            (["--api", "v2", "--search", String(repeating: "x", count: 65)], "--search is 65 characters long"),
            (["--api", "v3"], "The value 'v3' is invalid for '--api"),
        ])
    func refusals(_ arguments: [String], _ start: String) throws {
        let refusal = try #require(Self.refusal(arguments), "\(arguments) was accepted")
        #expect(refusal.message.hasPrefix(start), "\(refusal.message)")
        #expect(!refusal.message.contains("\n"))
        #expect(refusal.code == .validationFailure)
    }

    @Test("on v2 a status is a group (one phase-in filter) or a phase in any case; created sorts newest first")
    func v2Plan() throws {
        let failed = try Self.list(["--api", "v2", "--status", "failed"]).makeV2Plan()
        #expect(failed.query.phases == ["Failed", "Abnormal"])
        #expect(failed.query.order == .desc && failed.localSort == nil)
        let abnormal = try Self.list(["--api", "v2", "--status", "abnormal", "--per-page", "50"]).makeV2Plan()
        #expect(abnormal.query.phases == ["Abnormal"] && abnormal.query.limit == 50)
        let all = try Self.list(["--api", "v2", "--status", "all", "--search", "res"]).makeV2Plan()
        #expect(all.query.phases == [] && all.query.name == "res")
        let byName = try Self.list(["--api", "v2", "--sort", "name"]).makeV2Plan()
        #expect(byName.localSort == .name && byName.order == .asc)
        let oldest = try Self.list(["--api", "v2", "--sort", "created", "--order", "asc"]).makeV2Plan()
        #expect(oldest.localSort == nil && oldest.query.order == .asc)
    }

    @Test("auto: flags both APIs read try v2 then v1; v1-only flags pick v1; a v2 phase picks v2")
    func autoPlans() throws {
        #expect(try Self.list([]).makePlan(choice: .auto).apis == [.v2, .v1])
        #expect(try Self.list(["--per-page", "100"]).makePlan(choice: .auto).apis == [.v1])
        #expect(try Self.list(["--status", "11"]).makePlan(choice: .auto).apis == [.v1])
        #expect(try Self.list(["--sort", "versions"]).makePlan(choice: .auto).apis == [.v1])
        #expect(try Self.list(["--status", "Abnormal"]).makePlan(choice: .auto).apis == [.v2])
        #expect(try Self.list(["--status", "running"]).makePlan(choice: .auto).apis == [.v2, .v1])
        #expect(try Self.list(["--per-page", "100"]).makePlan(choice: .v1).apis == [.v1])
    }

    @Test("a profile's api = v2 refuses v2-invalid flags after parsing (run prints it and exits 64)")
    func profileChoice() throws {
        let command = try Self.list(["--per-page", "51"])
        #expect(throws: ValidationError.self) { try command.makePlan(choice: .v2) }
        #expect(try command.makePlan(choice: .auto).apis == [.v1])
    }

    @Test("v1 keeps its defaults (name, asc) and its refusals under auto")
    func v1Unchanged() throws {
        let query = try Self.list([]).makeQuery()
        #expect(query.sortBy == .name && query.order == .asc)
        let refusal = try #require(Self.refusal(["--per-page", "1001"]))
        #expect(refusal.message.hasPrefix("--per-page 1001 is out of range: allowed 1...1000"))
    }
}
