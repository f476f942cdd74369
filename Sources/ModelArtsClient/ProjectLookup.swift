import Foundation
import Logging
import MajobsSettings
import ModelArts

/// Finds a region's project id the way the official SDKs do when none is configured: IAM
/// `GET /v3/projects?name={region}`, signed with the same AK/SK, which must name exactly one project.
public struct ProjectLookup: Sendable {
    /// What IAM answered for one region name.
    public enum Outcome: Hashable, Sendable {
        case found(String)
        case none
        case several([String])
    }

    /// The projects as IAM lists them; only the id and the name matter here.
    struct Body: Decodable {
        struct Project: Decodable {
            var id: String
            var name: String?
        }
        var projects: [Project]
    }

    public var iamEndpoint: ServiceEndpoint
    public var credentials: SigningCredentials
    public var timeout: Duration
    let transport: HTTPTransport
    let now: @Sendable () -> Double

    public init(
        iamEndpoint: ServiceEndpoint, credentials: SigningCredentials, timeout: Duration = .seconds(10),
        logger: Logger = ModelArtsHTTPClient.silentLogger,
        now: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.iamEndpoint = iamEndpoint
        self.credentials = credentials
        self.timeout = timeout
        let connect = min(timeout, .seconds(5))
        transport = HTTPTransport(
            http: ModelArtsHTTPClients.client(connectTimeout: connect), connectTimeout: connect, logger: logger)
        self.now = now
    }

    /// The projects named `region` (IAM matches the name exactly). One signed request, no retries:
    /// it runs at most once per profile, and a failure says why at once.
    public func lookUp(region: String) async throws(APIError) -> Outcome {
        let path = "/v3/projects"
        let signable = SignableRequest(
            method: "GET", host: iamEndpoint.hostHeader, path: path, query: [("name", region)],
            headers: [])
        let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: Int64(now().rounded(.down)))
        var headers = signed.headers.map { ($0.name, $0.value) }
        headers.append(("User-Agent", ClientConfiguration.defaultUserAgent))
        let result = await transport.send(
            method: "GET", url: iamEndpoint.url + signed.wireURI, logPath: path, headers: headers, body: nil,
            timeout: timeout, attempt: 1)
        let response: HTTPTransport.Response
        switch result {
        case .success(let r) where (200...299).contains(r.status): response = r
        case .success(let r): throw HTTPFailure.server(status: r.status, body: r.body)
        case .failure(let e): throw e
        }
        let body = try WireCoding.decode(Body.self, from: response.body, status: response.status)
        let ids = body.projects.filter { $0.name == nil || $0.name == region }.map(\.id)
        switch ids.count {
        case 0: return .none
        case 1: return .found(ids[0])
        default: return .several(ids)
        }
    }

    /// One line for an outcome that is not a single project: what was asked and what to set.
    public static func problem(_ outcome: Outcome, region: String, iam: ServiceEndpoint) -> String? {
        let set = "set project_id in the profile (majobs configure), --project-id or HUAWEICLOUD_SDK_PROJECT_ID"
        switch outcome {
        case .found: return nil
        case .none:
            return "IAM (\(iam)) has no project named \(OneLine.quoted(region)) for these credentials: \(set)"
        case .several(let ids):
            let list = ids.prefix(5).map { OneLine.clean($0, limit: 64) }.joined(separator: ", ")
            return "IAM (\(iam)) has \(ids.count) projects named \(OneLine.quoted(region)) (\(list)): \(set) to one"
        }
    }
}
