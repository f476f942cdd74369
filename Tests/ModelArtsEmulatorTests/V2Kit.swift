import Foundation
import ModelArts
@testable import ModelArtsEmulator

/// v2 requests signed as the official SDK signs them (the JSON body's hash included), and decoders for
/// the v2 answers that read exactly the documented keys.
extension Kit {
    static let searchPath = "/v2/\(project)/training-job-searches"

    static func jobPath(_ id: String) -> String { "/v2/\(project)/training-jobs/\(id)" }

    static func v2Service(
        jobs: Int = 300, seed: UInt64 = 42, offset: V2OffsetSemantics = .page,
        apis: Set<EmulatorAPI> = [.v1, .v2], faults: FaultPlan = .none, accessLogPath: String? = nil
    ) -> EmulatorService {
        var configuration = EmulatorConfiguration(
            jobCount: jobs, seed: seed, faults: faults, accessLogPath: accessLogPath)
        configuration.v2Offset = offset
        configuration.apis = apis
        return EmulatorService(configuration: configuration, now: { nowMS })
    }

    /// A signed request with a body, as the SDK sends a POST (`Content-Type: application/json;charset=utf-8`).
    static func signedBody(
        _ method: String = "POST", path: String = searchPath, body: [UInt8],
        credentials: SigningCredentials = Kit.credentials, atMS: Int64 = nowMS
    ) -> EmulatorRequest {
        let headers = [("X-Project-Id", project), ("Content-Type", "application/json;charset=utf-8")]
        let signable = SignableRequest(
            method: method, host: "127.0.0.1:8080", path: path, headers: headers, body: body)
        let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: atMS / 1000)
        return wire(method, signed.wireURI, headers: signed.headers.map { ($0.name, $0.value) }, body: body)
    }

    /// A signed search with this JSON object as its body.
    static func search(_ body: [String: Any], credentials: SigningCredentials = Kit.credentials) -> EmulatorRequest {
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        return signedBody(body: Array(data), credentials: credentials)
    }

    /// A filter element of a search body.
    static func filter(_ key: String, _ op: String, _ values: [String]) -> [String: Any] {
        ["key": key, "operator": op, "value": values]
    }

    static func searchPage(_ response: EmulatorResponse) throws -> WirePage {
        try decoder.decode(WirePage.self, from: Data(response.body))
    }

    static func v2Error(_ response: EmulatorResponse) throws -> WireError {
        try decoder.decode(WireError.self, from: Data(response.body))
    }

    static func job(_ response: EmulatorResponse) throws -> WireJob {
        try decoder.decode(WireJob.self, from: Data(response.body))
    }

    static func events(_ response: EmulatorResponse) throws -> WireEvents {
        try decoder.decode(WireEvents.self, from: Data(response.body))
    }

    /// Reads the wire's snake_case keys into the structs' camelCase names.
    static var decoder: JSONDecoder {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }

    /// Every page of a search walked as a client that knows the semantics walks it.
    static func walk(
        _ service: EmulatorService, body: [String: Any] = [:], limit: Int, offset: V2OffsetSemantics
    ) throws -> [String] {
        var ids: [String] = []
        var step = 0
        while true {
            var b = body
            b["limit"] = limit
            b["offset"] = offset == .page ? step : step * limit
            let page = try searchPage(service.handle(search(b)))
            ids += page.items.map(\.metadata.id)
            if page.items.count < limit { return ids }
            step += 1
        }
    }
}

/// The search answer's documented keys (contract §2.5).
struct WirePage: Decodable {
    var total: Int
    var count: Int
    var limit: Int
    var offset: Int
    var sortBy: String
    var order: String
    var groupBy: String
    var workspaceId: String
    var aiProject: String
    var items: [WireJob]
}

struct WireJob: Decodable {
    struct Metadata: Decodable {
        var id: String
        var name: String
        var description: String
        var createTime: Int64
        var workspaceId: String
        var userName: String
    }
    struct TaskStatus: Decodable {
        var task: String
        var exitCode: Int
        var message: String
    }
    struct Record: Decodable {
        var startAt: Int64
        var endAt: Int64?
        var startType: String
        var endReason: String?
    }
    struct Status: Decodable {
        var phase: String
        var secondaryPhase: String
        var duration: Int64
        var startTime: Int64
        var nodeCountMetrics: [[Int64]]?
        var tasks: [String]
        var taskStatuses: [TaskStatus]?
        var runningRecords: [Record]?
    }
    struct Engine: Decodable {
        var engineId: String?
        var engineName: String?
        var engineVersion: String?
        var imageUrl: String?
    }
    struct Parameter: Decodable {
        var name: String
        var value: String
    }
    struct Channel: Decodable {
        var name: String
        var localDir: String
    }
    struct Algorithm: Decodable {
        var id: String?
        var name: String?
        var codeDir: String?
        var bootFile: String?
        var command: String?
        var engine: Engine
        var parameters: [Parameter]?
        var inputs: [Channel]?
        var outputs: [Channel]?
    }
    struct FlavorDetail: Decodable {
        var flavorType: String
    }
    struct Resource: Decodable {
        var flavorId: String
        var flavorName: String
        var nodeCount: Int
        var flavorDetail: FlavorDetail
    }
    struct Spec: Decodable {
        var resource: Resource
    }
    var kind: String
    var metadata: Metadata
    var status: Status
    var algorithm: Algorithm
    var spec: Spec
}

struct WireEvents: Decodable {
    struct Event: Decodable {
        var time: String
        var level: String
        var message: String
        var source: String
    }
    var total: Int
    var limit: Int
    var offset: Int
    var order: String
    var startTime: String
    var endTime: String
    var events: [Event]
}

/// The v2 error body (contract §1.1); `is_success` must be absent.
struct WireError: Decodable {
    var errorCode: String
    var errorMsg: String
    var errorSolution: String?
    var isSuccess: Bool?
}
