import Foundation
import ModelArtsEmulator
import Testing
import TestSupport

/// `majobs configure` as a person runs it: the real binary on a terminal (tmux), the emulator as the
/// account, answers typed key by key. The secret key is typed, never passed in argv or the environment.
@Suite(
    "majobs configure in tmux", .serialized,
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ConfigureTmuxTests {
    static let identity = EmulatorIdentity.demo

    /// Starts `majobs configure` in tmux; the wrapper shell writes its exit status to `status-N`.
    static func start(_ home: TempHome, run: Int) throws -> TmuxSession {
        let binary = try ProductBinary.majobs
        let command =
            "env \(home.shellPrefix) XDG_CACHE_HOME='\(home.path)/.cache' '\(binary)' configure; "
            + "echo $? > '\(home.path)/status-\(run)'; sleep 600"
        return try TmuxSession(command: command, width: 120, height: 40)
    }

    static func answer(_ tmux: TmuxSession, after prompt: String, _ text: String) async throws {
        // capture-pane drops the blank that ends a prompt.
        try await tmux.waitFor(text: prompt.trimmingCharacters(in: .whitespaces), timeoutSeconds: 20)
        if !text.isEmpty { try tmux.type(text) }
        try tmux.send("Enter")
    }

    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    /// Types the answers for a new AK/SK profile `work` on the emulator, up to the project id question.
    static func newProfile(_ tmux: TmuxSession, endpoint: String, secret: String) async throws {
        try await answer(tmux, after: "Profile name [default]: ", "work")
        try await answer(tmux, after: "Region (a number above or a region id) [cn-north-4]: ", "")
        try await answer(tmux, after: "ModelArts endpoint [https://modelarts.cn-north-4.myhuaweicloud.com]: ", endpoint)
        try await answer(tmux, after: "IAM endpoint [https://iam.cn-north-4.myhuaweicloud.com]: ", endpoint)
        try await answer(tmux, after: "IAM user and password) [aksk]: ", "")
        try await answer(tmux, after: "Access key (AK): ", identity.accessKey)
        try await answer(tmux, after: "Secret key (SK, not shown): ", secret)
        try await answer(tmux, after: "Project id [Enter: look it up in IAM]: ", "")
    }

    @Test("prompts, the secret typed without echo, a 0600 credentials file, and masked defaults on a second run")
    func configureTwice() async throws {
        let home = try TempHome()
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 8, identity: Self.identity))
        defer { Task { await server.stop() } }
        do {
            let tmux = try Self.start(home, run: 1)
            defer { tmux.kill() }
            try await Self.newProfile(tmux, endpoint: server.endpoint, secret: Self.identity.secretKey)
            let screen = try await tmux.waitFor(text: "next: majobs", timeoutSeconds: 30)
            #expect(screen.contains("check passed: a signed request as MAJO…KEY0 found project"), "\(screen)")
            #expect(!screen.contains(Self.identity.secretKey), "\(screen)")
            #expect(try await tmux.waitForStatusFile(home.path + "/status-1") == 0)
        }
        let credentials = home.path + "/.huaweicloud/credentials-work"
        #expect(Self.mode(credentials) == 0o600)
        let config = try String(contentsOfFile: home.path + "/.config/majobs/config.toml", encoding: .utf8)
        #expect(config.contains("project_id = \"\(Self.identity.projectID)\""), "\(config)")
        #expect(!config.contains(Self.identity.secretKey))

        let tmux = try Self.start(home, run: 2)
        defer { tmux.kill() }
        try await Self.answer(tmux, after: "Profile name [work]: ", "")
        try await Self.answer(tmux, after: "Region (a number above or a region id) [cn-north-4]: ", "")
        try await Self.answer(tmux, after: "ModelArts endpoint [\(server.endpoint)]: ", "")
        try await Self.answer(tmux, after: "IAM endpoint [\(server.endpoint)]: ", "")
        try await Self.answer(tmux, after: "IAM user and password) [aksk]: ", "")
        try await Self.answer(tmux, after: "Access key (AK) [MAJO…KEY0]: ", "")
        try await Self.answer(tmux, after: "Secret key (SK, not shown) [****0000]: ", "")
        try await Self.answer(tmux, after: "Project id [\(Self.identity.projectID)]: ", "")
        let screen = try await tmux.waitFor(text: "next: majobs", timeoutSeconds: 30)
        #expect(screen.contains("listed the jobs of project \(Self.identity.projectID) (8 jobs)"), "\(screen)")
        #expect(try await tmux.waitForStatusFile(home.path + "/status-2") == 0)
    }

    @Test("a failed credential check says why in one line and writes nothing")
    func failedCheckWritesNothing() async throws {
        let home = try TempHome()
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 8, identity: Self.identity))
        defer { Task { await server.stop() } }
        let tmux = try Self.start(home, run: 1)
        defer { tmux.kill() }
        try await Self.newProfile(tmux, endpoint: server.endpoint, secret: "not-the-secret-key")
        try await Self.answer(tmux, after: "Save these settings anyway? y/n [n]: ", "")
        let screen = try await tmux.waitFor(text: "nothing written", timeoutSeconds: 30)
        // The line may wrap at the pane's width: join the rows before looking for the cause.
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("HTTP 401 APIGW.0301"), "\(screen)")
        #expect(screen.contains("check failed: "), "\(screen)")
        #expect(try await tmux.waitForStatusFile(home.path + "/status-1") == 1)
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.config/majobs/config.toml"))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/.huaweicloud"))
    }
}
