import ArgumentParser
import JobBrowser
import ModelArts
import Testing

@testable import MajobsCLI

/// `--sort`, `--order`, `--status` and `--output` are typed values: `--help` lists them, completion offers them,
/// and an unknown word is refused in majobs' own one line with exit 64.
@Suite("Option values")
struct OptionValueTests {
    /// The command `arguments` parse to.
    static func command(_ arguments: [String]) throws -> any ParsableCommand {
        try Majobs.parseAsRoot(arguments)
    }

    /// The refusal of `arguments`: its message and exit code; nil when they parse.
    static func refusal(_ arguments: [String]) -> (message: String, code: ExitCode)? {
        do {
            _ = try Majobs.parseAsRoot(arguments)
            return nil
        } catch {
            return (Majobs.message(for: error), Majobs.exitCode(for: error))
        }
    }

    @Test("a status is a code, a name or a group word, the same from list and browse")
    func statusForms() throws {
        for (word, filter) in [
            ("11", StatusFilter.code(11)), ("JOBSTAT_FAILED", .code(11)), ("failed", .group(.failed)), ("all", .all),
        ] {
            let list = try #require(try Self.command(["list", "--status", word]) as? ListCommand)
            #expect(try list.statusFilter() == filter, "\(word)")
            let browse = try #require(try Self.command(["browse", "--status", word]) as? BrowseCommand)
            #expect(try browse.startFilter() == filter, "\(word)")
        }
    }

    @Test("sort takes a short or a wire name and order any case")
    func sortForms() throws {
        let list = try #require(
            try Self.command(["list", "--sort", "create_time", "--order", "DESC"]) as? ListCommand)
        let query = try list.makeQuery()
        #expect(query.sortBy == .created)
        #expect(query.order == .desc)
        let browse = try #require(try Self.command(["browse", "--sort", "desc"]) as? BrowseCommand)
        #expect(try browse.startSort().field == .description)
        #expect(try browse.startSort().order == nil)
    }

    @Test(
        "an unknown word is one line naming the flag as typed and what is allowed, exit 64",
        arguments: [
            (["list", "--sort", "colour"], "--sort 'colour' is unknown: use one of name, desc, status"),
            (["browse", "--order", "up"], "--order 'up' is unknown: use asc or desc"),
            (["list", "--status", "sleeping"], "--status 'sleeping' is not a status code (0...22), name"),
        ])
    func refused(_ arguments: [String], _ start: String) throws {
        let refusal = try #require(Self.refusal(arguments), "\(arguments) was accepted")
        #expect(refusal.message.hasPrefix(start), "\(refusal.message)")
        #expect(!refusal.message.contains("\n"))
        #expect(refusal.code == .validationFailure)
    }

    @Test("--help lists the values with the default")
    func helpListsValues() {
        let help = Majobs.helpMessage(for: ListCommand.self, columns: 400)
        #expect(help.contains("(values: name, desc, status, duration, versions, created; default: name)"))
        #expect(help.contains("(values: asc, desc; default: asc)"))
        #expect(help.contains("(values: table, json, csv; default: table)"))
        #expect(help.contains("(values: all, queued, running, succeeded, failed, stopping, stopped)"))
    }

    @Test("completion offers the sort names, the orders, the group words and the status names")
    func completionOffersValues() {
        let script = Majobs.completionScript(for: .zsh)
        #expect(script.contains("'name' 'desc' 'status' 'duration' 'versions' 'created'"))
        #expect(script.contains("'asc' 'desc'"))
        #expect(script.contains("'all' 'queued' 'running' 'succeeded' 'failed' 'stopping' 'stopped' 'JOBSTAT_UNKNOWN'"))
        #expect(script.contains("'MOUNT_FAILED'"))
    }
}
