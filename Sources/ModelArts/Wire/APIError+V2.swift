/// What the browser tests an error for on v2: a job that is gone, and an API the server does not offer.
extension APIError {
    /// The API gateway's code for a route that does not exist (an API this region does not offer).
    public static let routeAbsentCode = "APIGW.0101"
    /// ModelArts' code for a training job that does not exist (or was deleted); sent with HTTP 400.
    public static let jobGoneCode = "ModelArts.2775"

    /// True when the job asked about no longer exists: 400 `ModelArts.2775` (contract §1.1, U9), or
    /// a 404 that is not the gateway's "no such API".
    public var isJobGone: Bool {
        guard case .server(let status, let code, _) = self else { return false }
        if code == Self.jobGoneCode { return true }
        return status == 404 && !(code ?? "").hasPrefix("APIGW.")
    }

    /// True when the server does not offer the API called: 404 `APIGW.0101` (contract §12 U19).
    public var isRouteAbsent: Bool {
        guard case .server(404, let code, _) = self else { return false }
        return code == Self.routeAbsentCode
    }

    /// The error a server without `api` answers with, as the gateway words it.
    public static func routeAbsent(_ api: APIVersion) -> APIError {
        .server(
            status: 404, code: routeAbsentCode,
            message: "The API does not exist or has not been published in the environment (\(api.rawValue))")
    }
}
