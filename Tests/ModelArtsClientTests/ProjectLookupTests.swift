import Foundation
import MajobsSettings
import ModelArts
import ModelArtsEmulator
import TestSupport
import Testing

@testable import ModelArtsClient

@Suite("Finding the project id in IAM, over real HTTP to the emulator")
struct ProjectLookupTests {
    static let identity = EmulatorIdentity.demo

    @discardableResult
    static func withEmulator<T>(
        projects: [IAMProject]? = nil, _ body: (EmulatorServer) async throws -> T
    ) async throws -> T {
        try await ClientTestKit.withEmulator(jobs: 5, adjust: { $0.iamProjects = projects }, body)
    }

    static func lookup(_ server: EmulatorServer, secretKey: String = identity.secretKey) throws -> ProjectLookup {
        ProjectLookup(
            iamEndpoint: try ServiceEndpoint(parsing: server.endpoint),
            credentials: SigningCredentials(accessKey: identity.accessKey, secretKey: secretKey))
    }

    @Test("one project named after the region is found; none and several are told apart")
    func outcomes() async throws {
        let several = [IAMProject(id: "p1", name: "cn-east-3"), IAMProject(id: "p2", name: "cn-east-3")]
        try await Self.withEmulator(projects: IAMProject.defaults(for: Self.identity) + several) { server in
            let lookup = try Self.lookup(server)
            #expect(try await lookup.lookUp(region: "cn-north-4") == .found(Self.identity.projectID))
            #expect(try await lookup.lookUp(region: "eu-west-101") == .none)
            #expect(try await lookup.lookUp(region: "cn-east-3") == .several(["p1", "p2"]))
            let iam = try ServiceEndpoint(parsing: server.endpoint)
            let none = try #require(ProjectLookup.problem(.none, region: "eu-west-101", iam: iam))
            #expect(none.contains("no project named 'eu-west-101'") && none.contains("--project-id"))
            let many = try #require(ProjectLookup.problem(.several(["p1", "p2"]), region: "cn-east-3", iam: iam))
            #expect(many.contains("2 projects named 'cn-east-3' (p1, p2)") && !many.contains("\n"))
        }
    }

    @Test("a wrong secret key fails the lookup with the gateway's 401")
    func wrongSecret() async throws {
        try await Self.withEmulator { server in
            await #expect(throws: APIError.self) {
                try await Self.lookup(server, secretKey: "wrong").lookUp(region: "cn-north-4")
            }
        }
    }

    static func environment(_ home: TempHome, endpoint: String, extra: [String: String] = [:]) -> ResolverEnvironment {
        var variables = [
            "HUAWEICLOUD_SDK_AK": identity.accessKey, "HUAWEICLOUD_SDK_SK": identity.secretKey,
            "HUAWEICLOUD_SDK_IAM_ENDPOINT": endpoint, "XDG_CACHE_HOME": home.path + "/cache",
        ]
        variables.merge(extra) { _, new in new }
        return ResolverEnvironment(variables: variables, homeDirectory: home.path)
    }

    @Test("resolving without a project id asks IAM once, then answers from the per-profile cache")
    func resolverUsesLookupAndCache() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let environment = Self.environment(home, endpoint: server.endpoint)
            let resolver = ConnectionResolver(environment: environment)
            let cache = ProjectIDCache.standard(environment)
            let flags = ConnectionFlags(endpoint: server.endpoint, region: "cn-north-4")
            // Without the lookup, the missing project id is still the error it was.
            #expect(throws: ConfigurationError.self) { try resolver.resolve(flags) }
            let first = try await resolver.resolve(flags, projectCache: cache)
            #expect(first.configuration?.projectID == Self.identity.projectID)
            #expect(first.sourceDescription.contains("project IAM lookup for cn-north-4"))
            let asked = server.service.requestCount
            #expect(asked == 1)
            #expect(FileManager.default.fileExists(atPath: home.path + "/cache/majobs/project-ids.json"))
            let mode = try FileManager.default.attributesOfItem(atPath: cache.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let cacheText = try String(contentsOfFile: cache.path, encoding: .utf8)
            #expect(!cacheText.contains(Self.identity.accessKey) && !cacheText.contains(Self.identity.secretKey))
            let second = try await resolver.resolve(flags, projectCache: cache)
            #expect(second.configuration?.projectID == Self.identity.projectID)
            #expect(second.sourceDescription.contains("(cached)"))
            #expect(server.service.requestCount == asked)
        }
    }

    @Test("zero or several matches stop resolution with one line saying what to set")
    func resolverProblems() async throws {
        let home = try TempHome()
        defer { home.remove() }
        let several = [IAMProject(id: "p1", name: "cn-east-3"), IAMProject(id: "p2", name: "cn-east-3")]
        try await Self.withEmulator(projects: several) { server in
            let resolver = ConnectionResolver(environment: Self.environment(home, endpoint: server.endpoint))
            for (region, expected) in [("cn-east-3", "2 projects named"), ("cn-north-4", "no project named")] {
                do {
                    _ = try await resolver.resolve(
                        ConnectionFlags(endpoint: server.endpoint, region: region), projectCache: nil)
                    Issue.record("expected an error for \(region)")
                } catch let error as ConfigurationError {
                    #expect(error.message.contains(expected), "\(error.message)")
                    #expect(error.message.contains("project_id") && !error.message.contains("\n"))
                }
            }
        }
    }

    @Test("a configured project id, or token auth, never calls IAM")
    func noLookupNeeded() async throws {
        let home = try TempHome()
        defer { home.remove() }
        try await Self.withEmulator { server in
            let resolver = ConnectionResolver(environment: Self.environment(home, endpoint: server.endpoint))
            let given = ConnectionFlags(endpoint: server.endpoint, region: "cn-north-4", projectID: "given1")
            let resolved = try await resolver.resolve(given, projectCache: nil)
            #expect(resolved.configuration?.projectID == "given1")
            let token = ConnectionFlags(
                endpoint: server.endpoint, region: "cn-north-4", auth: .token, user: "u", domain: "d")
            await #expect(throws: ConfigurationError.self) { try await resolver.resolve(token, projectCache: nil) }
            #expect(server.service.requestCount == 0)
        }
    }
}
