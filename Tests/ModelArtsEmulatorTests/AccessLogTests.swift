import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

@Suite("Access log")
struct AccessLogTests {
    func tempPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("majobs-access-\(UUID().uuidString).log").path
    }

    @Test("one JSON line per request with method, path, query, status, auth kind and a masked key; no secret")
    func content() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let service = Kit.service(accessLogPath: path)
        let signed = Kit.list([("per_page", "3")])
        _ = service.handle(signed)
        let wrongKey = SigningCredentials(accessKey: Kit.identity.accessKey, secretKey: "bad-sk-123")
        let wrong = Kit.signed(credentials: wrongKey)
        _ = service.handle(wrong)
        let login = service.handle(Kit.tokenRequest())
        let token = try #require(login.header("X-Subject-Token"))
        _ = service.handle(Kit.wire("GET", Kit.listPath, headers: [("X-Auth-Token", token)]))
        _ = service.handle(EmulatorRequest(method: "GET", path: "/emulator/health"))

        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 5)
        let objects = try lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects[0]["method"] as? String == "GET")
        #expect(objects[0]["path"] as? String == Kit.listPath)
        #expect(
            objects[0]["query"] as? String == "order=asc&page=1&per_page=3&sortBy=job_name"
                || (objects[0]["query"] as? String)?.contains("per_page=3") == true)
        #expect(objects[0]["status"] as? Int == 200)
        #expect(objects[0]["auth"] as? String == "aksk")
        #expect(objects[0]["access_key"] as? String == SigningCredentials.mask(Kit.identity.accessKey))
        #expect(objects[0]["duration_ms"] is Int)
        #expect(objects[0]["time"] as? String == "2024-06-01T12:00:00.000000Z")
        #expect(objects[1]["status"] as? Int == 401)
        #expect(objects[2]["status"] as? Int == 201)
        #expect(objects[2]["auth"] as? String == "none")
        #expect(objects[3]["auth"] as? String == "token")
        #expect(objects[4]["path"] as? String == "/emulator/health")

        let signature = try #require(signed.header("Authorization")?.components(separatedBy: "Signature=").last)
        for secret in [
            Kit.identity.secretKey, "bad-sk-123", Kit.identity.password, token, signature,
            Kit.identity.accessKey, "SDK-HMAC-SHA256",
        ] {
            #expect(!text.contains(secret), "the access log holds a secret")
        }
    }

    @Test("the server refuses to start when the access log cannot be opened")
    func unwritable() async {
        await #expect(throws: EmulatorServer.StartError.self) {
            let server = try await EmulatorServer.start(
                EmulatorConfiguration(jobCount: 1, accessLogPath: "/nonexistent-dir/sub/access.log"))
            await server.stop()
        }
    }
}
