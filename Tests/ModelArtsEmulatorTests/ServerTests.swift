import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import ModelArts
import TestSupport
import Testing
@testable import ModelArtsEmulator

@Suite("EmulatorServer over a real loopback socket")
struct ServerTests {
    static func session(timeout: Double = 60) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        return URLSession(configuration: configuration)
    }

    /// A signed GET, as a client sends it: canonical query on the wire, Host from the URL.
    static func signedGet(
        _ server: EmulatorServer, path: String = Kit.listPath, query: [(String, String)] = [],
        secretKey: String = Kit.identity.secretKey
    ) -> URLRequest? {
        let signable = SignableRequest(
            method: "GET", host: "127.0.0.1:\(server.port)", path: path, query: query,
            headers: [("X-Project-Id", Kit.project)])
        let nowSeconds = Int64(Date().timeIntervalSince1970)
        let signed = RequestSigner.sign(
            signable, credentials: SigningCredentials(accessKey: Kit.identity.accessKey, secretKey: secretKey),
            epochSeconds: nowSeconds)
        guard let url = URL(string: server.endpoint + signed.wireURI) else { return nil }
        var request = URLRequest(url: url)
        for header in signed.headers where header.name != "Host" {
            request.setValue(header.value, forHTTPHeaderField: header.name)
        }
        return request
    }

    static func status(_ response: URLResponse) -> Int { (response as? HTTPURLResponse)?.statusCode ?? -1 }

    @Test("starts on a free port, answers a signed GET, and stops answering after stop()")
    func lifecycle() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 50))
        #expect(server.port > 0)
        #expect(server.endpoint == "http://127.0.0.1:\(server.port)")
        let request = try #require(Self.signedGet(server, query: [("per_page", "5"), ("search_content", "安全帽 b")]))
        let session = Self.session()
        let (data, response) = try await session.data(for: request)
        #expect(Self.status(response) == 200)
        let contentType = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Type")
        #expect(contentType == "application/json;charset=UTF-8")
        let page = try WireCoding.decode(JobListPage.self, from: data)
        let nowMS = Int64(Date().timeIntervalSince1970 * 1000)
        let direct = try Kit.page(
            server.service.handle(
                Kit.signed(query: [("per_page", "5"), ("search_content", "安全帽 b")], atMS: nowMS)))
        #expect(page.totalCount == direct.totalCount)
        let full = try #require(Self.signedGet(server, query: [("per_page", "1000")]))
        #expect(try WireCoding.decode(JobListPage.self, from: try await session.data(for: full).0).jobs.count == 50)
        await server.stop()

        await #expect(throws: (any Error).self) { _ = try await session.data(for: request) }
        session.invalidateAndCancel()
        // Rebinding the same port is not asserted here: tests run in parallel and the kernel may hand
        // the freed port to another test's server at once. The refused request above shows it closed.
    }

    @Test("a wrong secret key over the socket is 401 with the APIG body")
    func wrongSecret() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 5))
        let request = try #require(Self.signedGet(server, secretKey: "wrong"))
        let (data, response) = try await Self.session().data(for: request)
        await server.stop()
        #expect(Self.status(response) == 401)
        #expect(WireCoding.decodeError(from: data)?.code == "APIGW.0301")
    }

    @Test("a token from /v3/auth/tokens works over the socket")
    func token() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 5))
        let session = Self.session()
        var login = URLRequest(url: try #require(URL(string: server.endpoint + "/v3/auth/tokens")))
        login.httpMethod = "POST"
        login.setValue("application/json;charset=utf8", forHTTPHeaderField: "Content-Type")
        login.httpBody = Data(Kit.tokenBody())
        let (_, loginResponse) = try await session.data(for: login)
        #expect(Self.status(loginResponse) == 201)
        let token = try #require((loginResponse as? HTTPURLResponse)?.value(forHTTPHeaderField: "X-Subject-Token"))
        var list = URLRequest(url: try #require(URL(string: server.endpoint + Kit.listPath + "?per_page=2")))
        list.setValue(token, forHTTPHeaderField: "X-Auth-Token")
        let (data, response) = try await session.data(for: list)
        await server.stop()
        #expect(Self.status(response) == 200)
        #expect(try WireCoding.decode(JobListPage.self, from: data).jobs.count == 2)
    }

    @Test("latency delays the answer; control endpoints change faults live")
    func latencyAndControl() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 5))
        let session = Self.session()
        var put = URLRequest(url: try #require(URL(string: server.endpoint + "/emulator/faults")))
        put.httpMethod = "PUT"
        put.httpBody = Data(#"{"latency_ms":300}"#.utf8)
        #expect(Self.status(try await session.data(for: put).1) == 200)
        let clock = ContinuousClock()
        let start = clock.now
        let (_, response) = try await session.data(for: try #require(Self.signedGet(server)))
        let elapsed = clock.now - start
        #expect(Self.status(response) == 200)
        #expect(elapsed >= .milliseconds(300))
        let health = URLRequest(url: try #require(URL(string: server.endpoint + "/emulator/health")))
        let (body, _) = try await session.data(for: health)
        await server.stop()
        #expect(String(decoding: body, as: UTF8.self) == #"{"ok":true,"requests":1}"#)
    }

    @Test("a hanging request times out at the client, and stop() still returns")
    func hang() async throws {
        let server = try await EmulatorServer.start(
            EmulatorConfiguration(jobCount: 5, faults: FaultPlan(hang: true)))
        let request = try #require(Self.signedGet(server))
        let clock = ContinuousClock()
        let start = clock.now
        // Whole seconds: FoundationNetworking on Linux rounds sub-second request timeouts away.
        await #expect(throws: (any Error).self) { _ = try await Self.session(timeout: 1).data(for: request) }
        #expect(clock.now - start >= .milliseconds(950))
        // Another one still hanging while the server stops: stop must not wait for it. The client gives up
        // only after 300 s, so a stop that waited for it cannot pass the bound, which leaves room for load.
        let pending = Task { try await Self.session(timeout: 300).data(for: request) }
        try await eventually("the second request at the server") { server.service.requestCount >= 2 }
        let stopStart = clock.now
        await server.stop()
        #expect(clock.now - stopStart < .seconds(150))
        await #expect(throws: (any Error).self) { _ = try await pending.value }
    }

    @Test("a port already in use is an error, not a hang")
    func portInUse() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 1))
        await #expect(throws: (any Error).self) {
            let second = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 1, port: server.port))
            await second.stop()
        }
        await server.stop()
    }
}
