import HTTPTypes
import HummingbirdCore
import NIOCore
import NIOHTTP1

/// The thin socket shell: hands every request, untouched, to `EmulatorService.handle` and sends
/// back what it says, after its delay, or never.
struct EmulatorResponder: Sendable {
    /// Bodies above this are refused before they reach the service (the API has no large bodies).
    static let maxBodyBytes = 1 << 20

    let service: EmulatorService
    let hangs: HangRegistry

    /// Answers one request on `channel` through `writer`, as Hummingbird's `Application` did: a failure other than
    /// a parse error (an oversized body) becomes an empty 500, and every response carries `Date`.
    func serve(_ request: Request, writer: consuming ResponseWriter, channel: any Channel) async throws {
        var response: Response
        do {
            response = try await respond(to: request, channel: channel)
        } catch let error as HTTPParserError {
            throw error
        } catch {
            response = Response(status: .internalServerError, body: .init())
        }
        // Per response rather than cached: a cache needs a timer that wakes the idle demo every second.
        response.headers[.date] = HTTPDate.now()
        do {
            try await writer.write(response: response.head, body: response.body)
        } catch is HTTPParserError {
            // Rethrown as is, the connection handler would answer it with a second (400) response.
            throw WriteFailed()
        }
    }

    private struct WriteFailed: Error {}

    func respond(to request: Request, channel: any Channel) async throws -> Response {
        var headers: [(String, String)] = []
        // HTTP/1 Host arrives as the :authority pseudo-header; the signature covers it as `host`.
        if let authority = request.head.authority { headers.append(("Host", authority)) }
        for field in request.headers { headers.append((field.name.rawName, field.value)) }
        let buffer = try await request.body.collect(upTo: Self.maxBodyBytes)
        let emulated = EmulatorRequest(
            method: request.method.rawValue, path: request.uri.path, rawQuery: request.uri.query ?? "",
            headers: headers, body: Array(buffer.readableBytesView))
        let reply = service.handle(emulated)
        if reply.hang {
            await hangs.wait(on: channel)
            // Never answer: drop the connection instead.
            channel.close(promise: nil)
            throw CancellationError()
        }
        if reply.delayMS > 0 {
            try await Task.sleep(for: .milliseconds(reply.delayMS))
        }
        var fields = HTTPFields()
        for (name, value) in reply.headers {
            if let n = HTTPField.Name(name) { fields.append(HTTPField(name: n, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: reply.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}
