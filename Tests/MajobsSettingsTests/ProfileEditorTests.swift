import Testing

@testable import MajobsSettings

@Suite("Writing the config file: TOML values and profile edits")
struct ProfileEditorTests {
    /// A tiny deterministic generator (xorshift), so a failing case replays.
    struct Xorshift: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    @Test("every string the writer quotes reads back unchanged, control characters and quotes included")
    func stringsRoundTrip() throws {
        var rng = Xorshift(state: 0x9E37_79B9_7F4A_7C15)
        let pool: [Unicode.Scalar] = [
            "a", "Z", "0", " ", "\"", "\\", "'", "#", "=", "[", "]", "\n", "\t", "\r",
            "\u{0}", "\u{1B}", "\u{7F}", "\u{08}", "\u{0C}", "é", "情", "\u{1F600}", "\u{200B}",
        ]
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &rng) {
                text.unicodeScalars.append(pool.randomElement(using: &rng) ?? "a")
            }
            let written = "key = \(TOMLWriter.quoted(text))\n"
            let parsed = try TOMLSubset.parse(written)
            #expect(parsed.table([])?.entry("key")?.value == .string(text), "\(written.debugDescription)")
        }
    }

    @Test("keys that are not bare are quoted and read back")
    func keys() throws {
        let parsed = try TOMLSubset.parse(TOMLWriter.line("a b.c", .strings(["x", "y\""])) + "\n")
        #expect(parsed.table([])?.entry("a b.c")?.value == .strings(["x", "y\""]))
        #expect(TOMLWriter.key("work-1_x") == "work-1_x")
    }

    static let file = """
        # my settings
        default_profile = "lab"

        [profiles.lab]
        endpoint = "http://127.0.0.1:8080" # the emulator
        project_id = "labproject"

        [ui]
        per_page = 50   # keep

        [keys]
        refresh = ["R", "f5"]
        """

    @Test("editing a profile replaces its keys in place and leaves every other line as it was")
    func editsInPlace() throws {
        var editor = try ProfileEditor(text: Self.file, path: "c.toml")
        editor.set(profile: "lab", "project_id", .string("other"))
        editor.set(profile: "lab", "region", .string("cn-north-4"))
        editor.set(profile: "lab", "endpoint", nil)
        let lines = editor.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("project_id = \"other\""))
        #expect(!editor.text.contains("127.0.0.1"))
        for kept in ["# my settings", "per_page = 50   # keep", "refresh = [\"R\", \"f5\"]", "[ui]"] {
            #expect(lines.contains(Substring(kept)), "\(kept)")
        }
        let config = try MajobsConfig.parse(editor.text, path: "c.toml")
        #expect(config.profiles["lab"]?.projectID == "other")
        #expect(config.profiles["lab"]?.region == "cn-north-4")
        #expect(config.profiles["lab"]?.endpoint == nil)
        #expect(config.ui.perPage == 50)
        #expect(config.keys.count == 1)
    }

    @Test("a new profile goes at the end, and default_profile is set in place or added before the first table")
    func newProfileAndDefault() throws {
        var editor = try ProfileEditor(text: Self.file, path: "c.toml")
        editor.set(profile: "work", "region", .string("cn-east-3"))
        editor.set(profile: "work", "auth", .string("aksk"))
        editor.setDefaultProfile("work")
        var config = try MajobsConfig.parse(editor.text, path: "c.toml")
        #expect(config.defaultProfile == "work")
        #expect(config.profiles["work"]?.region == "cn-east-3")
        #expect(config.profileNames == ["lab", "work"])
        #expect(editor.text.hasSuffix("[profiles.work]\nregion = \"cn-east-3\"\nauth = \"aksk\"\n"))

        var fresh = try ProfileEditor(text: "# only a comment\n[ui]\ncolor = \"never\"\n", path: "c.toml")
        fresh.set(profile: "default", "region", .string("cn-north-4"))
        fresh.setDefaultProfile("default")
        config = try MajobsConfig.parse(fresh.text, path: "c.toml")
        #expect(config.defaultProfile == "default")
        #expect(config.ui.color == .never)
        #expect(fresh.text.hasPrefix("default_profile = \"default\"\n\n# only a comment\n[ui]"))

        var empty = try ProfileEditor(text: "", path: "c.toml")
        empty.set(profile: "p", "region", .string("cn-north-4"))
        empty.setDefaultProfile("p")
        #expect(try MajobsConfig.parse(empty.text, path: "c.toml").defaultProfile == "p")
    }

    @Test("a file that does not parse is refused with its line, as a config-file error")
    func brokenFile() {
        #expect(throws: ConfigurationError.self) { try ProfileEditor(text: "[ui\n", path: "c.toml") }
        do {
            _ = try ProfileEditor(text: "a = 1\nb = \n", path: "c.toml")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("c.toml:2:"))
            #expect(error.exitCode == 78)
        }
    }

    @Test("setting the keys of a credentials file keeps its other sections, keys and comments")
    func credentialsFile() throws {
        let text = "# mine\n[other]\nak = OTHER\n\n[basic]\nak = OLD\nproject_id = p1\n\n[later]\nx = 1\n"
        let edited = try CredentialsFile.settingKeys(in: text, accessKey: "NEWAK", secretKey: "NEWSK")
        #expect(
            edited
                == "# mine\n[other]\nak = OTHER\n\n[basic]\nak = NEWAK\nproject_id = p1\nsk = NEWSK\n\n[later]\nx = 1\n"
        )
        let parsed = CredentialsFile.parse(edited, path: "c")
        #expect(parsed.accessKey == "NEWAK" && parsed.secretKey == "NEWSK" && parsed.projectID == "p1")
        let created = try CredentialsFile.settingKeys(in: nil, accessKey: "A", secretKey: "S")
        #expect(created == "[basic]\nak = A\nsk = S\n")
        #expect(throws: ConfigurationError.self) {
            try CredentialsFile.settingKeys(in: nil, accessKey: "A\nsk = X", secretKey: "S")
        }
    }
}
