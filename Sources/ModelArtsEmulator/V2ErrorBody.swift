/// The v2 error body (contract §1.1): `error_code`, `error_msg`, and `error_solution` when there is one.
struct V2ErrorBody: Encodable, Sendable {
    var errorCode: String
    var errorMsg: String
    var errorSolution: String?

    enum CodingKeys: String, CodingKey {
        case errorCode = "error_code", errorMsg = "error_msg", errorSolution = "error_solution"
    }
}
