import ModelArts

// Logs and writes over HTTP. The wire side comes with the emulator's log and write routes.
extension ModelArtsHTTPClient {
    public func v1LogFileNames(jobID: Int64, versionID: Int64) async throws(APIError) -> [String] {
        throw .invalidRequest("logs are not read over HTTP yet")
    }

    public func v2LogPreview(jobID: String, task: String) async throws(APIError) -> LogPage {
        throw .invalidRequest("logs are not read over HTTP yet")
    }

    public func logLines(_ request: LogLinesRequest) async throws(APIError) -> LogPage {
        throw .invalidRequest("logs are not read over HTTP yet")
    }

    public func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        throw .invalidRequest("writes are not sent over HTTP yet")
    }
}
