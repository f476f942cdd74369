/// The parts of an HTTP request that the signature covers.
public struct SignableRequest: Sendable, Equatable {
    public var method: String
    /// `host` or `host:port`, exactly as sent in the Host header.
    public var host: String
    /// The resource path, without the query, e.g. `/v1/{project}/training-jobs`.
    public var path: String
    /// Decoded query parameters; order does not matter (they are canonicalised).
    public var query: [Pair]
    /// Headers to send and sign (Host and X-Sdk-Date are added by the signer).
    public var headers: [Pair]
    public var body: [UInt8]

    public struct Pair: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        method: String, host: String, path: String, query: [(String, String)] = [],
        headers: [(String, String)] = [], body: [UInt8] = []
    ) {
        self.method = method
        self.host = host
        self.path = path
        self.query = query.map { Pair($0.0, $0.1) }
        self.headers = headers.map { Pair($0.0, $0.1) }
        self.body = body
    }

    /// The value of a header, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first(where: { $0.name.lowercased() == lower })?.value
    }
}

/// What to put on the wire for a signed request.
public struct SignedRequest: Sendable, Equatable {
    /// Path plus the canonical query, e.g. `/v1/p/training-jobs?order=asc&page=1`.
    public var wireURI: String
    /// Every header to send, including Host, X-Sdk-Date and Authorization.
    public var headers: [SignableRequest.Pair]
    public var canonicalRequest: String
    public var authorization: String

    public func header(_ name: String) -> String? {
        let lower = name.lowercased()
        return headers.first(where: { $0.name.lowercased() == lower })?.value
    }
}
