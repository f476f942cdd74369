import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// Every command runs with known fake secrets; none may show in stdout, stderr, the --log file, the
/// emulator's access log, an export, any file the run leaves, or any process's argv.
@Suite("Secrets")
struct SecretsTests {
    /// A credentials file with the fake AK/SK and security token.
    static func credentials(_ home: ReliabilityHome, secretKey: String = SecretScan.secretKey) throws {
        try home.writeCredentials(
            text: "[basic]\nak = \(SecretScan.accessKey)\nsk = \(secretKey)\n"
                + "project_id = \(SecretScan.identity.projectID)\n")
    }

    static func start(_ home: ReliabilityHome) async throws -> EmulatorServer {
        try await Emulators.start(jobCount: 30, accessLog: home.path + "/access.log", identity: SecretScan.identity)
    }

    /// Runs `arguments` (ENDPOINT replaced) and returns the leaks found in its outputs and files.
    static func leaks(
        _ arguments: [String], home: ReliabilityHome, server: EmulatorServer, env: [String: String] = [:],
        expectStatus: Int32 = 0
    ) async throws -> [String] {
        let args = arguments.map { $0.replacingOccurrences(of: "ENDPOINT", with: server.endpoint) }
        let run = try await Majobs.run(args + ["--log", home.path + "/majobs.log"], home: home, env: env)
        #expect(run.result.status == expectStatus, "\(args): \(run.result.stderr)")
        return SecretScan.leaks(in: run.result.stdout, place: "stdout")
            + SecretScan.leaks(in: run.result.stderr, place: "stderr")
            + SecretScan.leaks(under: home.path, except: [".huaweicloud/credentials"])
    }

    @Test("S01 list with AK/SK from the credentials file, as table, json and csv, with --log")
    func listAKSK() async throws {
        let home = try ReliabilityHome()
        try Self.credentials(home)
        let server = try await Self.start(home)
        var found: [String] = []
        for output in ["table", "json", "csv"] {
            found += try await Self.leaks(
                ["list", "--api", "v1", "--endpoint", "ENDPOINT", "--output", output], home: home, server: server)
        }
        let requests = server.service.requestCount
        await server.stop()
        #expect(requests == 3)
        #expect(FileManager.default.fileExists(atPath: home.path + "/majobs.log"))
        #expect(FileManager.default.fileExists(atPath: home.path + "/access.log"))
        #expect(found.isEmpty, "\(found)")
    }

    @Test("S02 list with AK/SK and a security token from the environment")
    func listEnvironment() async throws {
        let home = try ReliabilityHome()
        let server = try await Self.start(home)
        let env = [
            "HUAWEICLOUD_SDK_AK": SecretScan.accessKey, "HUAWEICLOUD_SDK_SK": SecretScan.secretKey,
            "HUAWEICLOUD_SDK_SECURITY_TOKEN": SecretScan.securityToken,
            "HUAWEICLOUD_SDK_PROJECT_ID": SecretScan.identity.projectID,
        ]
        let found = try await Self.leaks(
            ["list", "--endpoint", "ENDPOINT", "--all", "--per-page", "7"], home: home,
            server: server, env: env)
        await server.stop()
        #expect(found.isEmpty, "\(found)")
    }

    @Test("S03 list with IAM password token auth: neither password nor token shows")
    func listToken() async throws {
        let home = try ReliabilityHome()
        let server = try await Self.start(home)
        let found = try await Self.leaks(
            [
                "list", "--endpoint", "ENDPOINT", "--auth", "token", "--user", "rel-user", "--domain", "rel-domain",
                "--iam-endpoint", "ENDPOINT", "--project-id", SecretScan.identity.projectID,
            ],
            home: home, server: server, env: ["HUAWEICLOUD_SDK_PASSWORD": SecretScan.password])
        let requests = server.service.requestCount
        await server.stop()
        #expect(requests >= 2, "a token request and a list request")
        #expect(found.isEmpty, "\(found)")
    }

    @Test("S04 failures (wrong secret key, wrong password) name the credential, never its value")
    func failures() async throws {
        let home = try ReliabilityHome()
        try Self.credentials(home, secretKey: "SKrelWrongSecret-000000000000")
        let server = try await Self.start(home)
        var found = try await Self.leaks(
            ["list", "--endpoint", "ENDPOINT"], home: home, server: server, expectStatus: 1)
        found += try await Self.leaks(
            [
                "list", "--endpoint", "ENDPOINT", "--auth", "token", "--user", "rel-user", "--domain", "rel-domain",
                "--iam-endpoint", "ENDPOINT", "--project-id", SecretScan.identity.projectID,
            ],
            home: home, server: server, env: ["HUAWEICLOUD_SDK_PASSWORD": "PWrelWrong-" + SecretScan.password],
            expectStatus: 1)
        await server.stop()
        #expect(found.isEmpty, "\(found)")
    }

    @Test(
        "S05 the browser and the emulator command: argv of every process, screen bytes, log, export",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func browserAndEmulatorArgv() async throws {
        let home = try ReliabilityHome()
        try Self.credentials(home)
        let server = try await Self.start(home)
        defer { Task { await server.stop() } }
        // Secrets reach the programs through a sourced file, so no argv (not even tmux's) holds one.
        let env =
            "HUAWEICLOUD_SDK_SECURITY_TOKEN=\(SecretScan.securityToken)\n"
            + "MAJOBS_EMULATOR_SECRET_KEY=\(SecretScan.secretKey)\n"
        FileManager.default.createFile(
            atPath: home.path + "/secrets.env", contents: Data(env.utf8),
            attributes: [.posixPermissions: 0o600])
        let binary = try ProductBinary.majobs
        let browse =
            "cd '\(home.path)' && set -a && . ./secrets.env && set +a && exec env -u NO_COLOR "
            + "\(home.shellPrefix) '\(binary)' --api v1 --endpoint \(server.endpoint) --log '\(home.path)/majobs.log'"
        let tmux = try TmuxSession.recorded(command: browse, to: home.path + "/pty-output")
        defer { tmux.kill() }
        try await tmux.waitFor(timeoutSeconds: 20, "a loaded page") {
            $0.contains("row 1/") && $0.contains("up to date")
        }
        try tmux.send("C-s")
        try tmux.send("c")
        try await eventually("Ctrl-S c to write majobs-export-*.csv into the working directory") {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: home.path)) ?? []
            return names.contains { $0.hasPrefix("majobs-export-") }
        }
        try tmux.send("Escape")
        let emulatorCommand =
            "cd '\(home.path)' && set -a && . ./secrets.env && set +a && exec env "
            + "\(home.shellPrefix) '\(binary)' emulator --port 0 --access-key \(SecretScan.accessKey) "
            + "--access-log '\(home.path)/emulator-access.log' > '\(home.path)/emulator.out' 2>&1"
        let emulator = try TmuxSession(command: emulatorCommand)
        defer { emulator.kill() }
        let outPath = home.path + "/emulator.out"
        try await eventually("the emulator's line", timeout: .seconds(20)) {
            (FileManager.default.contents(atPath: outPath)?.count ?? 0) > 0
        }
        var argv: [String] = []
        for session in [tmux, emulator] {
            let pid = try #require(try session.panePID())
            for p in SecretScan.processTree(pid) { argv.append(SecretScan.commandLine(p)) }
        }
        #expect(argv.contains { $0.contains("majobs") && $0.contains("--endpoint") }, "\(argv)")
        #expect(argv.contains { $0.contains(" emulator ") }, "\(argv)")
        let screen = try tmux.capture()
        try tmux.send("q")
        let found =
            argv.flatMap { SecretScan.leaks(in: $0, place: "argv") }
            + SecretScan.leaks(in: screen, place: "screen")
            + SecretScan.leaks(under: home.path, except: [".huaweicloud/credentials", "secrets.env"])
        #expect(found.isEmpty, "\(found)")
    }

    @Test("S06 a config file holding a secret key with group/world read bits draws a warning")
    func configPermissions() async throws {
        let home = try ReliabilityHome()
        let server = try await Self.start(home)
        try home.writeConfig(
            "[profiles.default]\nendpoint = \"\(server.endpoint)\"\nproject_id = \"\(SecretScan.identity.projectID)\"\n"
                + "access_key = \"\(SecretScan.accessKey)\"\nsecret_key = \"\(SecretScan.secretKey)\"\n",
            mode: 0o644)
        let run = try await Majobs.run(["list"], home: home)
        await server.stop()
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stderr.contains("majobs: warning:"), "\(run.result.stderr)")
        #expect(run.result.stderr.contains("config.toml"))
        #expect(SecretScan.leaks(in: run.result.stderr + run.result.stdout, place: "output").isEmpty)
    }
}
