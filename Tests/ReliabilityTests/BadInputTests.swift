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
    /// Use `ENDPOINT` in arguments for the emulator's endpoint, `HOSTPORT` for it without a scheme.
    var testDescription: String { "\(caseID) \(arguments.joined(separator: " "))" }

    static let flags: [BadInput] = [
        BadInput(caseID: "I01", arguments: ["list", "--per-page", "0"], mentions: ["0", "1...1000"]),
        BadInput(caseID: "I02", arguments: ["list", "--per-page", "1001"], mentions: ["1001", "1...1000"]),
        BadInput(caseID: "I03", arguments: ["list", "--page", "0"], mentions: ["0", "1...65535"]),
        BadInput(caseID: "I04", arguments: ["list", "--page", "65536"], mentions: ["65536", "1...65535"]),
        BadInput(caseID: "I05", arguments: ["list", "--search", String(repeating: "x", count: 65)],
                 mentions: ["65", "64"]),
        BadInput(caseID: "I06", arguments: ["list", "--sort", "colour"], mentions: ["colour", "name"]),
        BadInput(caseID: "I07", arguments: ["list", "--status", "sleeping"], mentions: ["sleeping", "0...22"]),
        BadInput(caseID: "I08", arguments: ["browse", "--per-page", "1001"], mentions: ["1001", "1...1000"]),
        BadInput(caseID: "I09", arguments: ["browse", "--sort", "colour"], mentions: ["colour", "name"]),
        BadInput(caseID: "I10", arguments: ["browse", "--status", "sleeping"], mentions: ["sleeping", "0...22"]),
        BadInput(caseID: "I11", arguments: ["list", "--endpoint", "HOSTPORT"],
                 mentions: ["HOSTPORT", "http(s)://host[:port]"]),
        BadInput(caseID: "I12", arguments: ["list", "--endpoint", "ENDPOINT/v1/projects"],
                 mentions: ["/v1/projects", "http(s)://host[:port]"]),
        BadInput(caseID: "I13", arguments: ["list", "--endpoint", "ENDPOINT", "--project-id", "../etc/passwd"],
                 mentions: ["../etc/passwd", "project"]),
        BadInput(caseID: "I14", arguments: ["browse", "--endpoint", "ftp://127.0.0.1:1"],
                 mentions: ["ftp://127.0.0.1:1", "http(s)://host[:port]"]),
    ]

    static let files: [BadInput] = [
        BadInput(caseID: "I15", arguments: ["list", "--endpoint", "ENDPOINT"], setup: .unreadableConfig,
                 mentions: ["config.toml", "cannot read"], exitCode: 1),
        BadInput(caseID: "I16", arguments: ["list", "--endpoint", "ENDPOINT"],
                 setup: .config("[profiles.a\nendpoint = = 3\n"), mentions: ["config.toml:1"], exitCode: 1),
        BadInput(caseID: "I17", arguments: ["list", "--endpoint", "ENDPOINT"], setup: .credentials(""),
                 mentions: ["credentials"], exitCode: 1),
        BadInput(caseID: "I18", arguments: ["list", "--endpoint", "ENDPOINT"],
                 setup: .config("[profiles.default]\nper_page = 5000\nproject_id = \"a b\"\n"),
                 mentions: ["config.toml"], exitCode: 1),
    ]
}

/// Every out-of-range or malformed flag and file: one clear line naming the value and what is
/// allowed, nothing sent (the emulator counts zero requests), exit 64 for usage and 1 for files.
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
        print("figure \(input.caseID): exit \(run.result.status), \(requests) requests, "
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
    }
}
