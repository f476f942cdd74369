import AsyncHTTPClient
import Foundation
import Logging
import ModelArts
import NIOCore

/// One HTTP exchange over AsyncHTTPClient with a deadline, turning every failure into an
/// `APIError` and logging one debug line (method, path, status, time, attempt; never a header).
struct HTTPTransport: Sendable {
    /// What came back from a server, whatever the status.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: Data

        func header(_ name: String) -> String? {
            let lower = name.lowercased()
            return headers.first(where: { $0.0.lowercased() == lower })?.1
        }
    }

    /// Bodies larger than this are refused rather than buffered (a v1 page of 1000 jobs is ~300 KB).
    static let maxBodyBytes = 16 << 20

    let http: HTTPClient
    let connectTimeout: Duration
    let logger: Logger

    /// Sends one request and reads the whole body, within `timeout`.
    func send(
        method: String, url: String, logPath: String, headers: [(String, String)], body: [UInt8]?,
        timeout: Duration, attempt: Int
    ) async -> Result<Response, APIError> {
        let started = ContinuousClock.now
        let result = await exchange(method: method, url: url, headers: headers, body: body, timeout: timeout)
        let elapsed = ContinuousClock.now - started
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let outcome: String
        switch result {
        case .success(let r): outcome = String(r.status)
        case .failure(let e): outcome = "failed (\(Self.kind(of: e)))"
        }
        logger.debug("\(method) \(logPath) \(outcome) \(ms)ms attempt=\(attempt)")
        return result
    }

    private func exchange(
        method: String, url: String, headers: [(String, String)], body: [UInt8]?, timeout: Duration
    ) async -> Result<Response, APIError> {
        if Task.isCancelled { return .failure(.cancelled) }
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        for (name, value) in headers {
            request.headers.add(name: name, value: value)
        }
        if let body {
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let wait = max(.milliseconds(1), timeout).components
        let deadline = NIODeadline.now() + .nanoseconds(wait.seconds * 1_000_000_000 + wait.attoseconds / 1_000_000_000)
        do {
            let response = try await http.execute(request, deadline: deadline, logger: nil)
            var buffer = try await response.body.collect(upTo: Self.maxBodyBytes)
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            let pairs = response.headers.map { ($0.name, $0.value) }
            return .success(Response(status: Int(response.status.code), headers: pairs, body: Data(bytes)))
        } catch {
            return .failure(HTTPFailure.map(error, timeout: timeout, connectTimeout: connectTimeout, url: url))
        }
    }

    static func kind(of error: APIError) -> String {
        switch error {
        case .timeout: return "timeout"
        case .connection: return "connection"
        case .cancelled: return "cancelled"
        case .malformedBody: return "malformed"
        default: return "error"
        }
    }
}
