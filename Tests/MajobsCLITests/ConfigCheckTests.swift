import Foundation
import ModelArtsClient
import ModelArtsEmulator
import Testing
import TestSupport

@testable import MajobsCLI

/// A throwaway home with `.config/majobs/config.toml` and friends, for `majobs config check`.
private final class CheckHome: @unchecked Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("majobs-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String, mode: Int = 0o600) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(text.utf8), attributes: [.posixPermissions: mode])
    }

    var variables: [String: String] { ["XDG_CONFIG_HOME": path + "/.config", "XDG_STATE_HOME": path + "/.state"] }

    var environment: ResolverEnvironment {
        ResolverEnvironment(variables: variables, homeDirectory: path, promptPassword: { _ in "unused" })
    }

    /// The binary's environment: this home and nothing of the developer's Huawei Cloud settings.
    var processEnvironment: [String: String] {
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("HUAWEICLOUD_") }
        env["HOME"] = path
        return env.merging(variables) { _, new in new }
    }
}

@Suite("majobs config check")
struct ConfigCheckTests {
    static let secret = "CHECKsecretCHECKsecretCHECK0001"
    static let fileSecret = "FILEsecretFILEsecretFILE0002"

    static let config = """
        default_profile = "work"
        [profiles.work]
        region = "cn-north-4"
        project_id = "workproject"
        access_key = "WORKACCESSKEY0001"
        secret_key = "\(secret)"
        [profiles.lab]
        endpoint = "http://127.0.0.1:9999"
        project_id = "labproject"
        credentials_file = "~/.huaweicloud/lab"
        [profiles.login]
        region = "cn-north-4"
        project_id = "loginproject"
        auth = "token"
        user = "alice"
        domain = "acme"
        [profiles.broken]
        region = "cn-north-4"
        """

    @Test("each profile shows its credential source with the access key masked and no secret")
    func profiles() throws {
        let home = try CheckHome()
        try home.write(".config/majobs/config.toml", Self.config)
        try home.write(".huaweicloud/lab", "[basic]\nak = LABACCESSKEY0002\nsk = \(Self.fileSecret)\n")
        let report = ConfigCheck(environment: home.environment).run()
        let all = (report.lines + report.problems).joined(separator: "\n")
        #expect(report.lines.first == "config: \(home.path)/.config/majobs/config.toml")
        let work = try #require(report.lines.first { $0.hasPrefix("profile work (default): ") })
        #expect(work.contains("AK WORK…0001, SK ****"))
        #expect(work.contains("profile 'work'"))
        let lab = try #require(report.lines.first { $0.hasPrefix("profile lab: ") })
        #expect(lab.contains("AK LABA…0002, SK ****"))
        #expect(lab.contains("\(home.path)/.huaweicloud/lab [basic]"))
        let login = try #require(report.lines.first { $0.hasPrefix("profile login: ") })
        #expect(login.contains("token auth as alice@acme, password ****"))
        #expect(!all.contains(Self.secret))
        #expect(!all.contains(Self.fileSecret))
        #expect(!all.contains("WORKACCESSKEY0001"))
    }

    @Test("a profile that does not resolve is one problem line naming it")
    func brokenProfile() throws {
        let home = try CheckHome()
        try home.write(".config/majobs/config.toml", Self.config)
        try home.write(".huaweicloud/lab", "[basic]\nak = LABACCESSKEY0002\nsk = \(Self.fileSecret)\n")
        let report = ConfigCheck(environment: home.environment).run()
        #expect(report.lines.contains("profile broken: does not resolve"))
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.hasPrefix("profile broken: no credentials found") == true)
    }

    @Test("unknown keys, bad key bindings and loose permissions are one problem line each")
    func problems() throws {
        let home = try CheckHome()
        let text = """
            [profiles.work]
            region = "cn-north-4"
            project_id = "workproject"
            access_key = "WORKACCESSKEY0001"
            secret_key = "\(Self.secret)"
            colour = "red"
            [keys]
            refresh = "s"
            """
        try home.write(".config/majobs/config.toml", text, mode: 0o644)
        let report = ConfigCheck(environment: home.environment).run()
        #expect(report.problems.count == 3, "\(report.problems)")
        #expect(report.problems.contains { $0.contains(":6: unknown key 'colour'") })
        #expect(report.problems.contains { $0.contains(":8: key 's' is bound to both statusFilter and refresh") })
        #expect(report.problems.contains { $0.contains("readable by others (mode 644)") })
        #expect(report.problems.allSatisfy { !$0.contains("\n") && !$0.contains(Self.secret) })
    }

    @Test("a syntax error stops the check with one line naming the file and line")
    func syntax() throws {
        let home = try CheckHome()
        try home.write(".config/majobs/config.toml", "[profiles.work\n")
        let report = ConfigCheck(environment: home.environment).run()
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.contains("config.toml:1:") == true)
    }

    @Test("no config file is not a problem: it says where it looked and that the defaults apply")
    func missing() throws {
        let home = try CheckHome()
        let report = ConfigCheck(environment: home.environment).run()
        #expect(report.problems == [])
        #expect(
            report.lines == [
                "no config file at \(home.path)/.config/majobs/config.toml (defaults apply)",
                "default connection: nothing configured (demo)",
            ])
    }

    @Test("without a config file the default connection's key source shows, masked, even without an endpoint")
    func missingWithCredentials() throws {
        let home = try CheckHome()
        try home.write(".huaweicloud/credentials", "[basic]\nak = FILEACCESSKEY002\nsk = \(Self.fileSecret)\n")
        let report = ConfigCheck(environment: home.environment).run()
        let file = "\(home.path)/.huaweicloud/credentials [basic]"
        #expect(report.problems == [])
        #expect(report.lines.count == 2)
        let expected = "default connection: AK FILE…Y002 from \(file), SK **** from \(file); needs flags: no project id"
        #expect(report.lines.last?.hasPrefix(expected) == true, "\(report.lines)")
        var env = home.environment
        env.variables["HUAWEICLOUD_SDK_PROJECT_ID"] = "envproject"
        env.variables["HUAWEICLOUD_SDK_AK"] = "ENVACCESSKEY0003"
        env.variables["HUAWEICLOUD_SDK_SK"] = Self.secret
        let complete = ConfigCheck(environment: env).run()
        #expect(complete.problems == [])
        // The environment has no endpoint setting without a region: that comes from flags.
        #expect(
            complete.lines.last?.hasPrefix(
                "default connection: AK ENVA…0003 from env HUAWEICLOUD_SDK_AK, "
                    + "SK **** from env HUAWEICLOUD_SDK_SK; needs flags: no endpoint") == true, "\(complete.lines)")
        let all = (report.lines + report.problems + complete.lines).joined(separator: "\n")
        #expect(!all.contains(Self.fileSecret) && !all.contains(Self.secret) && !all.contains("FILEACCESSKEY002"))
    }

    @Test("the binary exits 0 for a clean file and 1 with problems on stderr")
    func binary() throws {
        let home = try CheckHome()
        let binary = try ProductBinary.majobs
        try home.write(
            ".config/majobs/config.toml",
            "[profiles.lab]\nendpoint = \"http://127.0.0.1:9\"\n"
                + "project_id = \"p\"\naccess_key = \"LABACCESSKEY0002\"\nsecret_key = \"\(Self.secret)\"\n")
        let ok = try ProcessRunner.run(
            binary, ["config", "check"], environment: home.processEnvironment,
            timeoutSeconds: 30)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("profile lab: AK LABA…0002, SK ****"))
        #expect(!(ok.stdout + ok.stderr).contains(Self.secret))
        try FileManager.default.removeItem(atPath: home.path + "/.config/majobs/config.toml")
        let none = try ProcessRunner.run(
            binary, ["config", "check"], environment: home.processEnvironment,
            timeoutSeconds: 30)
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.contains("no config file at \(home.path)/.config/majobs/config.toml (defaults apply)"))
        #expect(none.stdout.contains("default connection: "))
        try home.write(".config/majobs/config.toml", "[keys]\nfly = \"x\"\n")
        let bad = try ProcessRunner.run(
            binary, ["config", "check"], environment: home.processEnvironment,
            timeoutSeconds: 30)
        #expect(bad.status == 1)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(bad.stderr.contains("unknown action 'fly'"))
    }

    @Test("browse stops before the terminal with one line: exit 78 for a bad binding, 64 for an unknown --profile")
    func usageErrors() throws {
        let home = try CheckHome()
        let binary = try ProductBinary.majobs
        try home.write(
            ".config/majobs/config.toml",
            "[profiles.lab]\nregion = \"cn-north-4\"\n"
                + "[profiles.work]\nregion = \"cn-north-4\"\n[keys]\nrefresh = \"s\"\n")
        let keys = try ProcessRunner.run(binary, [], environment: home.processEnvironment, timeoutSeconds: 30)
        #expect(keys.status == 78)
        #expect(
            keys.stderr == "majobs: error: \(home.path)/.config/majobs/config.toml:6: key 's' is bound to both "
                + "statusFilter and refresh in job table: unbind one (action = \"none\") or choose another key\n")
        try home.write(
            ".config/majobs/config.toml",
            "[profiles.lab]\nregion = \"cn-north-4\"\n"
                + "[profiles.work]\nregion = \"cn-north-4\"\n")
        let profile = try ProcessRunner.run(
            binary, ["--profile", "nope"], environment: home.processEnvironment,
            timeoutSeconds: 30)
        #expect(profile.status == 64)
        #expect(profile.stderr == "majobs: error: profile 'nope' not found (known: lab, work)\n")
        let list = try ProcessRunner.run(
            binary, ["list", "--profile", "nope"], environment: home.processEnvironment,
            timeoutSeconds: 30)
        #expect(list.status == 64)
        #expect(list.stderr.contains("known: lab, work"))
    }
}

@Suite("secret-holding files readable by others")
struct LoosePermissionTests {
    @Test("list warns on stderr, one line naming the file, before it lists; the secret never shows")
    func warning() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 3))
        defer { Task { await server.stop() } }
        let home = try CheckHome()
        let identity = EmulatorIdentity.demo
        try home.write(
            ".config/majobs/config.toml",
            """
            default_profile = "emu"
            [profiles.emu]
            endpoint = "\(server.endpoint)"
            project_id = "\(identity.projectID)"
            access_key = "\(identity.accessKey)"
            secret_key = "\(identity.secretKey)"
            """, mode: 0o644)
        let result = try await ProcessRunner.run(
            try ProductBinary.majobs, ["list", "--output", "json"],
            environment: home.processEnvironment, timeoutSeconds: 30)
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("readable by others") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("majobs: warning: \(home.path)/.config/majobs/config.toml") == true)
        #expect(!(result.stdout + result.stderr).contains(identity.secretKey))
    }
}
