import ModelArts

/// Each case's payload as an optional, so a test can `#require` the case it expects and fail, naming the
/// error it got, when it is another.
extension APIError {
    /// Status, code and message of a `.server` error; nil for any other case.
    public var serverAnswer: (status: Int, code: String?, message: String?)? {
        if case .server(let status, let code, let message) = self { (status, code, message) } else { nil }
    }

    /// Status and detail of a `.malformedBody` error; nil for any other case.
    public var malformed: (status: Int, detail: String)? {
        if case .malformedBody(let status, let detail) = self { (status, detail) } else { nil }
    }

    /// The text of a `.connection` error; nil for any other case.
    public var connectionText: String? {
        if case .connection(let text) = self { text } else { nil }
    }
}
