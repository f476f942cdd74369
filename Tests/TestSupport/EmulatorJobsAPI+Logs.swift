import Foundation
import ModelArts
import ModelArtsEmulator

/// The log reads and the writes of `EmulatorJobsAPI`: signed requests through `EmulatorService.handle`,
/// built and decoded by the client's own wire code (`LogWire`, `LogOrderReading`, `ActionWire`), so a
/// session test reads what the HTTP client would read from the same answers.
extension EmulatorJobsAPI {
    public func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        try checkFailure()
        let path = LogWire.v1FileNamesPath(projectID: projectID, jobID: jobID, versionID: versionID)
        let (body, status) = try Self.success(call("GET", path))
        return try LogWire.decodeFileNames(body, status: status)
    }

    public func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        try checkFailure()
        let (body, status) = try Self.success(
            call("GET", LogWire.previewPath(projectID: projectID, jobID: jobID, task: task)))
        return try LogWire.decodePreview(body, status: status)
    }

    /// One page, the `order` word learnt from the answer as the HTTP client learns it (afresh on each call).
    public func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        try checkFailure()
        let path = LogWire.linesPath(request.source, projectID: projectID)
        return try await LogOrderReading().fetch(request) { word throws(APIError) in
            let (body, status) = try Self.success(
                self.call("GET", path, query: LogWire.linesQuery(request, order: word)))
            return try LogWire.decodeLines(body, status: status)
        }.page
    }

    public func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        record(action)
        try checkFailure()
        let request = ActionWire.request(action, projectID: projectID)
        do throws(APIError) {
            let (body, status) = try Self.success(call(request.method, request.path, body: request.body))
            return try ActionWire.outcome(of: action, status: status, body: body)
        } catch {
            if let gone = ActionWire.alreadyGone(action, error) { return gone }
            throw error
        }
    }

    private var projectID: String { service.configuration.identity.projectID }

    /// A 2xx answer's body and status; any other status is the error its body names, as the HTTP client
    /// reads it.
    private static func success(_ response: EmulatorResponse) throws(APIError) -> (Data, Int) {
        let body = Data(response.body)
        guard (200..<300).contains(response.status) else {
            let error = WireCoding.decodeError(from: body)
            throw .server(status: response.status, code: error?.code, message: error?.messageWithSolution)
        }
        return (body, response.status)
    }
}
