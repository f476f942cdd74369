/// What the shell must send back, and how: after `delayMS`, or never (`hang`).
public struct EmulatorResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Injected latency the shell waits before answering.
    public var delayMS: Int
    /// Never answer: the shell holds the request until the client goes away or the server stops.
    public var hang: Bool

    public init(
        status: Int, headers: [(String, String)] = [], body: [UInt8] = [], delayMS: Int = 0, hang: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delayMS = delayMS
        self.hang = hang
    }

    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first(where: { $0.0.lowercased() == lower })?.1
    }

    /// The body as UTF-8 text (for tests and logs).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
