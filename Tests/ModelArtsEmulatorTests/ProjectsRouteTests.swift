import Foundation
import ModelArts
import Testing

@testable import ModelArtsEmulator

@Suite("GET /v3/projects: IAM's project list, as the SDKs use it to find a project id")
struct ProjectsRouteTests {
    static func projects(_ response: EmulatorResponse) -> [[String: Any]] {
        (Kit.json(response)?["projects"] as? [[String: Any]]) ?? []
    }

    static func signedProjects(_ name: String?, credentials: SigningCredentials = Kit.credentials) -> EmulatorRequest {
        Kit.signed(
            path: "/v3/projects", query: name.map { [("name", $0)] } ?? [], credentials: credentials,
            extraHeaders: [])
    }

    @Test("a signed lookup by region name gets the documented body with exactly the identity's project")
    func one() throws {
        let response = Kit.service().handle(Self.signedProjects("cn-north-4"))
        #expect(response.status == 200)
        let projects = Self.projects(response)
        #expect(projects.count == 1)
        let project = try #require(projects.first)
        #expect(project["id"] as? String == Kit.project)
        #expect(project["name"] as? String == "cn-north-4")
        #expect(project["enabled"] as? Bool == true)
        #expect((project["domain_id"] as? String)?.count == 32)
        #expect((project["links"] as? [String: Any])?["self"] as? String != nil)
        let links = try #require(Kit.json(response)?["links"] as? [String: Any])
        #expect((links["self"] as? String)?.hasSuffix("/v3/projects?name=cn-north-4") == true)
        #expect(links["next"] is NSNull && links["previous"] is NSNull)
    }

    @Test("an unknown name gets an empty list; no name gets every project")
    func noneAndAll() {
        let service = Kit.service()
        #expect(Self.projects(service.handle(Self.signedProjects("eu-west-101"))).isEmpty)
        #expect(Self.projects(service.handle(Self.signedProjects(nil))).count == 2)
    }

    @Test("configured projects can give several matches for one name")
    func several() {
        var configuration = EmulatorConfiguration()
        configuration.iamProjects = [
            IAMProject(id: "p1", name: "ap-southeast-3"), IAMProject(id: "p2", name: "ap-southeast-3"),
            IAMProject(id: "p3", name: "cn-north-4"),
        ]
        let service = EmulatorService(configuration: configuration, now: { Kit.nowMS })
        let ids = Self.projects(service.handle(Self.signedProjects("ap-southeast-3"))).compactMap {
            $0["id"] as? String
        }
        #expect(ids == ["p1", "p2"])
    }

    @Test("a wrong secret key or no signature is refused like the other routes")
    func refused() {
        let service = Kit.service()
        let wrong = SigningCredentials(accessKey: Kit.identity.accessKey, secretKey: "not-the-secret")
        let denied = service.handle(Self.signedProjects("cn-north-4", credentials: wrong))
        #expect(denied.status == 401)
        #expect(Kit.error(denied)?.code == "APIGW.0301")
        #expect(service.handle(Kit.wire("GET", "/v3/projects?name=cn-north-4")).status == 401)
    }
}
