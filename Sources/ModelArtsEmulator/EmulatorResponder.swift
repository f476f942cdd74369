import HTTPTypes
import Hummingbird
import NIOCore

/// A request context that keeps the connection's channel, so a hanging request can notice the client leave.
struct EmulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// The thin socket shell: hands every request, untouched, to `EmulatorService.handle` and sends
/// back what it says, after its delay, or never.
struct EmulatorResponder: HTTPResponder {
    typealias Context = EmulatorRequestContext

    /// Bodies above this are refused before they reach the service (the API has no large bodies).
    static let maxBodyBytes = 1 << 20

    let service: EmulatorService
    let hangs: HangRegistry

    func respond(to request: Request, context: Context) async throws -> Response {
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
            await hangs.wait(on: context.channel)
            // Never answer: drop the connection instead.
            context.channel.close(promise: nil)
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
