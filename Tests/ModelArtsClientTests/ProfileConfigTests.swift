import Foundation
import MajobsSettings
import ModelArts
import Testing
import TestSupport

@testable import ModelArtsClient

@Suite("config profiles")
struct ProfileConfigTests {
    static let config = """
        default_profile = "work"
        [profiles.work]
        region = "cn-north-4"
        project_id = "workproject"
        access_key = "WORKACCESSKEY0001"
        secret_key = "WORKsecretWORKsecretWORK0001"
        [profiles.lab]
        endpoint = "http://127.0.0.1:9999"
        project_id = "labproject"
        credentials_file = "~/.huaweicloud/lab"
        """

    @Test("the profile names come back sorted")
    func names() throws {
        let config = try MajobsConfig.parse(Self.config, path: "c.toml")
        #expect(config.profileNames == ["lab", "work"])
    }

    @Test("--profile picks a profile over the default, each with its own credential source")
    func pick() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write(".config/majobs/config.toml", Self.config)
        try home.write(".huaweicloud/lab", "[basic]\nak = LABACCESSKEY0002\nsk = LABsecretLABsecretLAB0002\n")
        let byDefault = try ConnectionResolver.reading(home).resolve(ConnectionFlags())
        #expect(byDefault.profileName == "work")
        #expect(byDefault.sourceDescription.contains("profile 'work'"))
        let lab = try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "lab"))
        #expect(lab.profileName == "lab")
        #expect(lab.sourceDescription.contains(home.path + "/.huaweicloud/lab [basic]"))
        #expect(lab.configuration?.endpoint.description == "http://127.0.0.1:9999")
        #expect(!lab.sourceDescription.contains("LABsecret"))
    }

    @Test("a selected profile's own settings beat the environment and the shared credentials file")
    func profileBeatsAmbient() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write(".config/majobs/config.toml", Self.config)
        try home.write(
            ".huaweicloud/credentials",
            "[basic]\nak = SHAREDACCESSKEY003\nsk = SHAREDsecretSHARED0003\n"
                + "project_id = sharedproject\n")
        try home.write(".huaweicloud/lab", "[basic]\nak = LABACCESSKEY0002\nsk = LABsecretLABsecretLAB0002\n")
        let env = [
            "HUAWEICLOUD_SDK_AK": "ENVACCESSKEY00004", "HUAWEICLOUD_SDK_SK": "ENVsecretENVsecret0004",
            "HUAWEICLOUD_SDK_PROJECT_ID": "envproject",
        ]
        let work = try ConnectionResolver.reading(home, env: env).resolve(ConnectionFlags(profile: "work"))
        #expect(work.configuration?.projectID == "workproject")
        #expect(work.sourceDescription.hasPrefix("profile"), "\(work.sourceDescription)")
        let lab = try ConnectionResolver.reading(home, env: env).resolve(ConnectionFlags(profile: "lab"))
        #expect(lab.configuration?.projectID == "labproject")
        #expect(lab.sourceDescription.contains(home.path + "/.huaweicloud/lab [basic]"), "\(lab.sourceDescription)")
        // Flags still win over the profile, and the environment fills in what a profile leaves out.
        let flagged = try ConnectionResolver.reading(home, env: env).resolve(
            ConnectionFlags(projectID: "flagproject", profile: "work"))
        #expect(flagged.configuration?.projectID == "flagproject")
        try home.write(".config/majobs/config.toml", "[profiles.bare]\nregion = \"cn-north-4\"\n")
        let bare = try ConnectionResolver.reading(home, env: env).resolve(ConnectionFlags(profile: "bare"))
        #expect(bare.configuration?.projectID == "envproject")
        #expect(bare.sourceDescription.contains("env HUAWEICLOUD_SDK_AK"), "\(bare.sourceDescription)")
    }

    @Test("an unknown profile is a usage error that lists the known names on one line")
    func unknown() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write(".config/majobs/config.toml", Self.config)
        let error = #expect(throws: ConfigurationError.self) {
            try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "nope"))
        }
        #expect(error?.isUsage == true)
        #expect(error?.message.contains("'nope' not found") == true)
        #expect(error?.message.contains("known: lab, work") == true)
        #expect(error?.message.contains("\n") == false)
    }

    @Test("a missing config file with --profile is a usage error naming the path")
    func noFile() throws {
        let home = try TempHome()
        defer { home.remove() }
        let error = #expect(throws: ConfigurationError.self) {
            try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "work"))
        }
        #expect(error?.isUsage == true)
        #expect(error?.message.contains("config.toml does not exist") == true)
    }

    @Test("a group- or world-readable config holding a secret gives one warning line")
    func permissions() throws {
        let home = try TempHome()
        defer { home.remove() }
        let path = try home.write(".config/majobs/config.toml", Self.config, mode: 0o644)
        let resolved = try ConnectionResolver.reading(home).resolve(ConnectionFlags())
        let warnings = resolved.warnings.filter { $0.contains("readable by others") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains(path) == true)
        #expect(warnings.first?.contains("chmod 600") == true)
        #expect(!warnings.joined().contains("WORKsecret"))
    }

    @Test("a private config holding a secret gives no permission warning")
    func privateFile() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write(".config/majobs/config.toml", Self.config, mode: 0o600)
        let resolved = try ConnectionResolver.reading(home).resolve(ConnectionFlags())
        #expect(resolved.warnings.allSatisfy { !$0.contains("readable by others") })
    }
}
