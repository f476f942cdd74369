/// Any of the documented error bodies: v1 (`is_success: false` + `error_code` + `error_message`
/// or `error_msg`), general/v2 (`error_code` + `error_msg`, optionally `error_solution`), and the API
/// gateway's (+ `request_id`).
public struct ErrorBody: Hashable, Sendable, Codable {
    public var isSuccess: Bool?
    public var code: String?
    public var message: String?
    public var requestID: String?
    /// What v2 suggests doing about the error (`error_solution`), when it says.
    public var solution: String?

    public init(
        isSuccess: Bool? = nil, code: String?, message: String?, requestID: String? = nil, solution: String? = nil
    ) {
        self.isSuccess = isSuccess
        self.code = code
        self.message = message
        self.requestID = requestID
        self.solution = solution
    }

    /// The message followed by the suggested solution, as one text for `APIError.server`.
    public var messageWithSolution: String? {
        guard let solution, !solution.isEmpty else { return message }
        guard let message, !message.isEmpty else { return solution }
        return "\(message); \(solution)"
    }

    enum CodingKeys: String, CodingKey {
        case isSuccess = "is_success"
        case code = "error_code"
        case errorMsg = "error_msg"
        case errorMessage = "error_message"
        case requestID = "request_id"
        case solution = "error_solution"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        isSuccess = try? c.decodeIfPresent(Bool.self, forKey: .isSuccess)
        // Some gateways send a numeric code; it is still the code.
        code = (try? c.decodeIfPresent(LenientString.self, forKey: .code))?.value
        message =
            (try? c.decodeIfPresent(String.self, forKey: .errorMessage))
            ?? (try? c.decodeIfPresent(String.self, forKey: .errorMsg))
        requestID = try? c.decodeIfPresent(String.self, forKey: .requestID)
        solution = try? c.decodeIfPresent(String.self, forKey: .solution)
    }

    /// Encodes the v1 shape when `isSuccess` is set (with both message keys, so clients
    /// reading either find it), else the general/gateway shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(isSuccess, forKey: .isSuccess)
        try c.encodeIfPresent(code, forKey: .code)
        try c.encodeIfPresent(message, forKey: .errorMsg)
        if isSuccess != nil { try c.encodeIfPresent(message, forKey: .errorMessage) }
        try c.encodeIfPresent(requestID, forKey: .requestID)
        try c.encodeIfPresent(solution, forKey: .solution)
    }
}
