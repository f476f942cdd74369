import Foundation
import ModelArts

/// Builds responses: JSON with sorted keys (same value, same bytes) and the documented error bodies.
enum EmulatorReply {
    static let jsonContentType = "application/json;charset=UTF-8"

    static func json<T: Encodable>(_ status: Int, _ value: T, headers: [(String, String)] = []) -> EmulatorResponse {
        do {
            let data = try WireCoding.encoder().encode(value)
            return EmulatorResponse(
                status: status, headers: [("Content-Type", jsonContentType)] + headers, body: Array(data))
        } catch {
            // Only a non-finite Double could get here; answer like the service's own internal error.
            return raw(500, #"{"error_code":"ModelArts.0010","error_msg":"Internal error"}"#)
        }
    }

    static func raw(_ status: Int, _ text: String, contentType: String = jsonContentType) -> EmulatorResponse {
        EmulatorResponse(status: status, headers: [("Content-Type", contentType)], body: Array(text.utf8))
    }

    /// v1 shape: `is_success: false`, `error_code`, and the message under both `error_msg` and `error_message`.
    static func v1Error(_ status: Int, _ code: String, _ message: String) -> EmulatorResponse {
        json(status, ErrorBody(isSuccess: false, code: code, message: message))
    }

    /// General / v2 shape: `error_code` and `error_msg`.
    static func generalError(_ status: Int, _ code: String, _ message: String) -> EmulatorResponse {
        json(status, ErrorBody(code: code, message: message))
    }

    /// v2 shape (contract §1.1): `error_code`, `error_msg`, and `error_solution` when given.
    static func v2Error(_ status: Int, _ code: String, _ message: String, solution: String? = nil) -> EmulatorResponse {
        json(status, V2ErrorBody(errorCode: code, errorMsg: message, errorSolution: solution))
    }

    /// API gateway shape: `error_code`, `error_msg`, `request_id`.
    static func gatewayError(_ status: Int, _ code: String, _ message: String, requestID: String) -> EmulatorResponse {
        json(status, ErrorBody(code: code, message: message, requestID: requestID))
    }

    static let signatureFailMessage = "Incorrect IAM authentication information: verify aksk signature fail"
    static let signatureExpiredMessage = "Incorrect IAM authentication information: signature expired"

    /// The page a load balancer in front of the service sends when the backend is down.
    static let serviceUnavailableHTML = """
        <html>
        <head><title>503 Service Temporarily Unavailable</title></head>
        <body>
        <center><h1>503 Service Temporarily Unavailable</h1></center>
        <hr><center>nginx</center>
        </body>
        </html>

        """

    /// The body an injected error of this status carries, as the real service or its gateway sends it.
    /// On a v2 route ModelArts' own errors take the v2 shape and codes (contract §1.1); the gateway's stay.
    static func injected(_ status: Int, requestID: String, retryAfterSeconds: Int, v2: Bool = false) -> EmulatorResponse
    {
        if v2 {
            switch status {
            case 400: return v2Error(400, "ModelArts.2788", "Invalid parameter.")
            case 403: return v2Error(403, "ModelArts.2785", "ModelArts is not authorized.")
            case 405: return v2Error(405, "ModelArts.2803", "Method not allowed.")
            case 500: return v2Error(500, "ModelArts.0010", "Internal error")
            case 401, 404, 429, 502, 503, 504: break
            case 400..<500: return v2Error(status, "ModelArts.2788", "Invalid parameter.")
            default: return v2Error(status, "ModelArts.0010", "Internal error")
            }
        }
        switch status {
        case 400: return v1Error(400, "ModelArts.0104", "Parameter error")
        case 401: return gatewayError(401, "APIGW.0301", signatureFailMessage, requestID: requestID)
        case 403: return v1Error(403, "ModelArts.0206", "Invalid AK/SK")
        case 404:
            return gatewayError(
                404, "APIGW.0101", "The API does not exist or has not been published in the environment",
                requestID: requestID)
        case 429: return rateLimited(requestID: requestID, retryAfterSeconds: retryAfterSeconds)
        case 500: return v1Error(500, "ModelArts.0010", "Internal error")
        case 502: return gatewayError(502, "APIGW.0202", "Backend unavailable", requestID: requestID)
        case 503: return raw(503, serviceUnavailableHTML, contentType: "text/html")
        case 504: return gatewayError(504, "APIGW.0203", "Backend timeout", requestID: requestID)
        case 400..<500: return v1Error(status, "ModelArts.0101", "Invalid Argument")
        default: return v1Error(status, "ModelArts.0010", "Internal error")
        }
    }

    static func rateLimited(requestID: String, retryAfterSeconds: Int) -> EmulatorResponse {
        var r = gatewayError(
            429, "APIGW.0308", "The throttling threshold has been reached: policy user over ratelimit",
            requestID: requestID)
        r.headers.append(("Retry-After", String(retryAfterSeconds)))
        return r
    }
}
