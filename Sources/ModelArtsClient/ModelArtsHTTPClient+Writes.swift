import Foundation
import ModelArts

// Writes over HTTP (contract §7, §8): each sent at most once.
extension ModelArtsHTTPClient {
    /// Refuses at once on a read-only connection; otherwise sends the action once (`sendOnce`). A delete
    /// answered "not found" is `.alreadyGone`; every other failure is thrown as the server said it.
    public func perform(_ action: JobAction) async throws(APIError) -> JobActionOutcome {
        guard !configuration.readOnly else { throw .readOnly }
        let request = ActionWire.request(action, projectID: configuration.projectID)
        do throws(APIError) {
            let response = try await sendOnce(method: request.method, path: request.path, body: request.body)
            return try ActionWire.outcome(of: action, status: response.status, body: response.body)
        } catch {
            if let gone = ActionWire.alreadyGone(action, error) { return gone }
            throw error
        }
    }

    /// A write's one exchange. Never sent again once it may have reached the server: a timeout, a reset,
    /// a 5xx, a 429 or a 401 all end the call. Only a refused connection (nothing was sent) is tried
    /// again, within the retry policy's attempts and backoff.
    func sendOnce(method: String, path: String, body: [UInt8]?) async throws(APIError) -> HTTPTransport.Response {
        guard !configuration.readOnly else { throw .readOnly }
        let policy = configuration.retry
        var attempt = 1
        while true {
            if Task.isCancelled { throw .cancelled }
            let request = try await authorized(method: method, path: path, query: [], body: body)
            let result = await transport.send(
                method: method, url: configuration.endpoint.url + request.wireURI, logPath: path,
                headers: request.headers, body: body, timeout: configuration.requestTimeout, attempt: attempt)
            switch result {
            case .success(let response) where (200...299).contains(response.status):
                return response
            case .success(let response):
                throw HTTPFailure.server(status: response.status, body: response.body)
            case .failure(let error):
                guard HTTPFailure.isRefused(error), attempt < policy.maxAttempts else { throw error }
                do {
                    try await sleep(policy.backoff(afterAttempt: attempt, unit: jitter()))
                } catch {
                    throw .cancelled
                }
                attempt += 1
            }
        }
    }
}
