import Foundation
import ModelArts

// Logs over HTTP (contract §6): reads, retried like every GET.
extension ModelArtsHTTPClient {
    public func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        let path = LogWire.v1FileNamesPath(projectID: configuration.projectID, jobID: jobID, versionID: versionID)
        let response = try await get(path: path, query: [])
        return try LogWire.decodeFileNames(response.body, status: response.status)
    }

    public func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        let path = LogWire.previewPath(projectID: configuration.projectID, jobID: jobID, task: task)
        let response = try await get(path: path, query: [])
        return try LogWire.decodePreview(response.body, status: response.status)
    }

    /// One page of the line-paged API, read with this client's reading of the `order` words for the
    /// source's API (documented until a page proves otherwise; see `LogOrderReading.fetch`).
    public func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        let api = request.source.api
        let reading = logReadings.withLock { $0[api] ?? LogOrderReading() }
        let path = LogWire.linesPath(request.source, projectID: configuration.projectID)
        let (page, learnt) = try await reading.fetch(request) { word throws(APIError) in
            let response = try await self.get(path: path, query: LogWire.linesQuery(request, order: word))
            return try LogWire.decodeLines(response.body, status: response.status)
        }
        logReadings.withLock { readings in
            // A proven reading is not undone by a concurrent call that proved nothing.
            if readings[api]?.confirmed == true && !learnt.confirmed { return }
            readings[api] = learnt
        }
        return page
    }

    /// The reading of the `order` words this client has learnt for `api` (for tests and the debug log).
    public func logOrderReading(_ api: APIVersion) -> LogOrderReading {
        logReadings.withLock { $0[api] ?? LogOrderReading() }
    }
}
