/// One HTTP request as the socket shell received it: nothing decoded, nothing dropped,
/// so the signature can be verified against exactly what the client sent.
public struct EmulatorRequest: Sendable {
    public var method: String
    /// The raw (still percent-encoded) path, without the query.
    public var path: String
    /// The raw query string after `?`, empty when there is none.
    public var rawQuery: String
    /// Received headers in order, including `Host`.
    public var headers: [(String, String)]
    public var body: [UInt8]

    public init(
        method: String, path: String, rawQuery: String = "", headers: [(String, String)] = [], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first(where: { $0.0.lowercased() == lower })?.1
    }
}
