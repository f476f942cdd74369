import Foundation
import Testing

@testable import MajobsSettings

@Suite("majobs config file")
struct MajobsConfigTests {
    @Test("the shipped example parses without warnings and has every documented key")
    func example() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/majobs.example.toml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let config = try MajobsConfig.parse(text, path: "majobs.example.toml")
        #expect(config.warnings == [])
        #expect(config.defaultProfile == "work")
        #expect(config.profiles["work"]?.auth == .aksk)
        #expect(config.profiles["token-login"]?.auth == .token)
        #expect(config.ui.color == .auto)
        // Every key of the schema is documented (possibly commented out) in the example.
        for key in MajobsConfig.profileKeys + ["default_profile", "per_page", "refresh_seconds", "color"] {
            #expect(text.contains("\(key) = "), "\(key) is not documented")
        }
    }

    @Test("reads profiles and ui settings")
    func profiles() throws {
        let config = try MajobsConfig.parse(
            """
            default_profile = "lab"
            [profiles.lab]
            endpoint = "http://127.0.0.1:8080"
            region = "cn-north-4"
            project_id = "p_1-2"
            auth = "token"
            user = "alice"
            domain = "acme"
            iam_endpoint = "https://iam.example.com"
            credentials_file = "~/creds"
            [profiles.keys]
            access_key = "AKAKAKAKAKAK"
            secret_key = "super-secret-value"
            [ui]
            per_page = 25
            refresh_seconds = 30
            color = "never"
            """, path: "/c.toml")
        let lab = try #require(config.profiles["lab"])
        #expect(lab.endpoint == ServiceEndpoint(scheme: .http, host: "127.0.0.1", port: 8080))
        #expect(lab.projectID == "p_1-2")
        #expect(lab.auth == .token)
        #expect(lab.iamEndpoint?.url == "https://iam.example.com")
        #expect(config.ui == MajobsConfig.UISettings(perPage: 25, refreshSeconds: 30, color: .never))
        #expect(config.holdsSecret)
        #expect(!"\(config)".contains("super-secret-value"))
        #expect(!"\(config.profiles["keys"]!)".contains("super-secret-value"))
    }

    @Test("unknown keys and tables are warnings naming file and line")
    func unknownKeys() throws {
        let config = try MajobsConfig.parse(
            "colour = 1\n[profiles.a]\nregoin = 'x'\n[uii]\n[ui]\nwidth = 3\n", path: "/c.toml")
        #expect(config.warnings.count == 4)
        #expect(config.warnings[0].hasPrefix("/c.toml:1: unknown key 'colour'"))
        #expect(config.warnings[1].hasPrefix("/c.toml:3: unknown key 'regoin' in [profiles.a]"))
        #expect(config.warnings[2].hasPrefix("/c.toml:4: unknown table [uii]"))
        #expect(config.warnings[3].hasPrefix("/c.toml:6: unknown key 'width' in [ui]"))
    }

    @Test(
        "invalid values are one-line errors naming file:line, key, value and what is allowed",
        arguments: [
            (
                "[profiles.a]\nauth = \"password\"",
                "/c.toml:2: auth = 'password' is invalid: allowed \"aksk\" or \"token\""
            ),
            ("[ui]\ncolor = \"always\"", "/c.toml:2: color = 'always' is invalid: allowed \"auto\" or \"never\""),
            ("[ui]\nper_page = 0", "/c.toml:2: per_page = 0 is invalid: expected a whole number in 1...1000"),
            (
                "[ui]\nrefresh_seconds = \"60\"",
                "/c.toml:2: refresh_seconds = '60' is invalid: expected a whole number in 0...86400"
            ),
            (
                "[profiles.a]\nendpoint = \"ftp://x\"",
                "/c.toml:2: endpoint = 'ftp://x' is invalid: expected http(s)://host[:port] with no path"
            ),
            (
                "[profiles.a]\nproject_id = \"a/b\"",
                "/c.toml:2: project_id = 'a/b' is invalid: expected 1 to 64 letters, digits, '_' or '-'"
            ),
            (
                "[profiles.a]\nregion = \"CN North\"",
                "/c.toml:2: region = 'CN North' is invalid: expected a region id such as cn-north-4 "
                    + "(lower-case letters, digits, '-')"
            ),
            (
                "[profiles.a]\nsecret_key = 42",
                "/c.toml:2: secret_key = 42 is invalid: expected a quoted string, found an integer"
            ),
            (
                "[profiles.a]\nsecret_key = \"\"",
                "/c.toml:2: secret_key = '***' is invalid: expected a non-empty string without control characters"
            ),
            ("default_profile = \"nope\"", "/c.toml:1: default_profile = 'nope' names no [profiles.nope] table"),
            ("a = [1]", "/c.toml:1: arrays may hold only strings, found an integer"),
        ])
    func invalid(text: String, message: String) {
        do {
            _ = try MajobsConfig.parse(text, path: "/c.toml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.message == message)
            #expect(!error.message.contains("\n"))
        }
    }
}
