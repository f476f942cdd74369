import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// One malformed flag or file and what the refusal must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Setup: Sendable {
        case none
        /// `$XDG_CONFIG_HOME/majobs/config.toml` holding this text.
        case config(String)
        /// The config path is a directory, which no one can read as a file (tests run as root).
        case unreadableConfig
        /// `~/.huaweicloud/credentials` holding this text.
        case credentials(String)
    }

    var caseID: String
    var arguments: [String]
    var setup: Setup = .none
    /// Texts the one stderr line must hold (the value, and the allowed range or form).
    var mentions: [String]
    var exitCode: Int32 = 64
    /// Texts the refusal must not hold: the wire's parameter names, which no one typed.
    var avoids: [String] = []
    /// Use `ENDPOINT` in arguments for the emulator's endpoint, `HOSTPORT` for it without a scheme.
    var testDescription: String { "\(caseID) \(arguments.joined(separator: " "))" }

    /// A query flag's refusal: names the flag as typed (`--per-page 0`), the value and what is allowed,
    /// never the wire's names for it.
    static func query(caseID id: String, _ arguments: [String], _ mentions: [String]) -> BadInput {
        BadInput(
            caseID: id, arguments: arguments, mentions: mentions,
            avoids: ["per_page", "search_content", "sortBy", "sort field", "on the wire"])
    }

    static let flags: [BadInput] = [
        query(caseID: "I01", ["list", "--per-page", "0"], ["--per-page 0 ", "1...1000"]),
        query(caseID: "I02", ["list", "--per-page", "1001"], ["--per-page 1001 ", "1...1000"]),
        query(caseID: "I03", ["list", "--page", "0"], ["--page 0 ", "1...65535"]),
        query(caseID: "I04", ["list", "--page", "65536"], ["--page 65536 ", "1...65535"]),
        query(
            caseID: "I05", ["list", "--search", String(repeating: "x", count: 65)],
            ["--search is 65 characters", "at most 64"]),
        query(caseID: "I06", ["list", "--sort", "colour"], ["--sort 'colour'", "name, desc, status"]),
        query(caseID: "I07", ["list", "--status", "sleeping"], ["--status 'sleeping'", "0...22"]),
        query(caseID: "I08", ["browse", "--per-page", "1001"], ["--per-page 1001 ", "1...1000"]),
        query(caseID: "I09", ["browse", "--sort", "colour"], ["--sort 'colour'", "name, desc, status"]),
        query(caseID: "I10", ["browse", "--status", "sleeping"], ["--status 'sleeping'", "0...22"]),
        query(caseID: "I19", ["list", "--order", "up"], ["--order 'up'", "asc or desc"]),
        query(caseID: "I20", ["browse", "--per-page", "0"], ["--per-page 0 ", "1...1000"]),
        query(caseID: "I21", ["browse", "--order", "up"], ["--order 'up'", "asc or desc"]),
        BadInput(
            caseID: "I11", arguments: ["list", "--endpoint", "HOSTPORT"],
            mentions: ["HOSTPORT", "http(s)://host[:port]"]),
        BadInput(
            caseID: "I12", arguments: ["list", "--endpoint", "ENDPOINT/v1/projects"],
            mentions: ["/v1/projects", "http(s)://host[:port]"]),
        BadInput(
            caseID: "I13", arguments: ["list", "--endpoint", "ENDPOINT", "--project-id", "../etc/passwd"],
            mentions: ["../etc/passwd", "project"]),
        BadInput(
            caseID: "I14", arguments: ["browse", "--endpoint", "ftp://127.0.0.1:1"],
            mentions: ["ftp://127.0.0.1:1", "http(s)://host[:port]"]),
    ]

    /// Anything wrong in the config file exits 78 (EX_CONFIG), from `list` and `browse` alike.
    static let files: [BadInput] = [
        BadInput(
            caseID: "I15", arguments: ["list", "--endpoint", "ENDPOINT"], setup: .unreadableConfig,
            mentions: ["config.toml", "cannot read"], exitCode: 78),
        BadInput(
            caseID: "I16", arguments: ["list", "--endpoint", "ENDPOINT"],
            setup: .config("[profiles.a\nendpoint = = 3\n"), mentions: ["config.toml:1"], exitCode: 78),
        BadInput(
            caseID: "I17", arguments: ["list", "--endpoint", "ENDPOINT"], setup: .credentials(""),
            mentions: ["/.huaweicloud/credentials is empty: expected [basic] with ak = ... and sk = ..."],
            exitCode: 1),
        BadInput(
            caseID: "I18", arguments: ["list", "--endpoint", "ENDPOINT"],
            setup: .config("[profiles.default]\nper_page = 5000\nproject_id = \"a b\"\n"),
            mentions: ["config.toml"], exitCode: 78),
        BadInput(
            caseID: "I23", arguments: ["list", "--endpoint", "ENDPOINT"],
            setup: .config("[ui]\nper_page = 5000\n"),
            mentions: ["config.toml:2: per_page = 5000", "1...1000"], exitCode: 78),
        BadInput(
            caseID: "I24", arguments: ["browse", "--endpoint", "ENDPOINT"],
            setup: .config("[ui]\nrefresh_seconds = 1\n"),
            mentions: ["config.toml:2: refresh_seconds = 1", "minimum is 2"], exitCode: 78),
        BadInput(
            caseID: "I25", arguments: ["list", "--endpoint", "ENDPOINT"],
            setup: .config("default_profile = \"nope\"\n"),
            mentions: ["config.toml:1: default_profile = 'nope'"], exitCode: 78),
        BadInput(
            caseID: "I26", arguments: ["browse", "--endpoint", "ENDPOINT"],
            setup: .config("[keys]\nfly = \"f\"\n"),
            mentions: ["config.toml:2: unknown action 'fly'"], exitCode: 78),
        BadInput(
            caseID: "I27", arguments: ["browse", "--endpoint", "ENDPOINT"],
            setup: .config("[keys]\nrefresh = \"s\"\n"),
            mentions: ["config.toml:2: key 's' is bound to both"], exitCode: 78),
    ]
}

/// Every out-of-range or malformed flag and file: one clear line naming the value and what is
/// allowed, nothing sent (the emulator counts zero requests), exit 64 for flags and 78 for the config file.
@Suite("Bad input")
struct BadInputTests {
    @Test("a bad flag or file is refused before anything is sent", arguments: BadInput.flags + BadInput.files)
    func refused(_ input: BadInput) async throws {
        let server = try await EmulatorProcess.start(["--jobs", "10"])
        let home = try ReliabilityHome()
        switch input.setup {
        case .none, .config: try home.writeCredentials()
        case .unreadableConfig: try home.writeCredentials()
        case .credentials(let text): try home.writeCredentials(text: text)
        }
        switch input.setup {
        case .config(let text): try home.writeConfig(text)
        case .unreadableConfig:
            try FileManager.default.createDirectory(
                atPath: home.path + "/.config/majobs/config.toml", withIntermediateDirectories: true)
        default: break
        }
        let hostPort = String(server.endpoint.dropFirst("http://".count))
        let arguments = input.arguments.map {
            $0.replacingOccurrences(of: "ENDPOINT", with: server.endpoint)
                .replacingOccurrences(of: "HOSTPORT", with: hostPort)
        }
        let run = try await Majobs.run(arguments, home: home, timeoutSeconds: 30)
        let requests = try await server.requestCount()
        await server.stop()
        print(
            "figure \(input.caseID): exit \(run.result.status), \(requests) requests, "
                + "stderr: \(run.result.stderr.split(separator: "\n").first ?? "")")
        #expect(run.result.status == input.exitCode, "stderr: \(run.result.stderr)")
        #expect(requests == 0, "nothing may be sent")
        #expect(run.result.stdout.isEmpty)
        let lines = run.errorLines.filter { $0.hasPrefix("Error: ") || $0.hasPrefix("majobs: error: ") }
        #expect(lines.count == 1, "stderr: \(run.result.stderr)")
        for mention in input.mentions {
            let text = mention.replacingOccurrences(of: "HOSTPORT", with: hostPort)
            #expect(run.result.stderr.contains(text), "'\(text)' missing from: \(run.result.stderr)")
        }
        for wire in input.avoids {
            #expect(!run.result.stderr.contains(wire), "'\(wire)' (not a flag) in: \(run.result.stderr)")
        }
    }
}
