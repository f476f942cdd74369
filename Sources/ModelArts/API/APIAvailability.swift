/// Which training APIs an account answers, and the one to show first: what `--api`/`api =` resolve to.
/// `auto` asks both (one small list request each, at the same time) and prefers v2; an API counts as
/// absent only when the gateway says it does not exist (404 `APIGW.0101`, contract §12 U19), so a
/// failure of another kind (a 401, a timeout) is reported rather than taken for "no such API".
public struct APIAvailability: Hashable, Sendable {
    /// The APIs that answered, v2 first.
    public var available: [APIVersion]
    /// The API to show: v2 when present (the current jobs), else v1.
    public var preferred: APIVersion

    public init(available: [APIVersion], preferred: APIVersion) {
        self.available = available
        self.preferred = preferred
    }

    /// True when the account has both, so the browser can switch between them.
    public var hasBoth: Bool { available.contains(.v1) && available.contains(.v2) }

    /// Resolves `choice` against `api`. A fixed choice sends nothing and offers only that API.
    public static func resolve(_ choice: APIChoice, api: any JobsAPI) async throws(APIError) -> APIAvailability {
        if let fixed = choice.fixed { return APIAvailability(available: [fixed], preferred: fixed) }
        async let v2Answer = probe { () throws(APIError) in _ = try await api.listV2Jobs(try smallV2Query()) }
        async let v1Answer = probe { () throws(APIError) in _ = try await api.listJobs(try smallV1Query()) }
        return try decide(v2: await v2Answer, v1: await v1Answer)
    }

    /// What two probe outcomes (nil: answered) mean: an absent API is left out; when neither
    /// answered, v2's failure is the one reported (an absent-everywhere endpoint says so).
    static func decide(v2: APIError?, v1: APIError?) throws(APIError) -> APIAvailability {
        let v2Present = v2.map { !$0.isRouteAbsent } ?? true
        let v1Present = v1.map { !$0.isRouteAbsent } ?? true
        switch (v2, v1) {
        case (nil, _):
            return APIAvailability(available: v1Present ? [.v2, .v1] : [.v2], preferred: .v2)
        case (_, nil):
            // v2 failed without being absent: offered (the switch can retry it), but v1 is what answered.
            return APIAvailability(available: v2Present ? [.v2, .v1] : [.v1], preferred: .v1)
        case (let e2?, let e1?):
            if e2.isRouteAbsent && e1.isRouteAbsent {
                throw .server(
                    status: 404, code: APIError.routeAbsentCode,
                    message: "neither the v2 nor the v1 training API exists at this endpoint")
            }
            // A real failure (credentials, network) is the same for both: report the one that is not "absent".
            throw e2.isRouteAbsent ? e1 : e2
        }
    }

    private static func probe(_ call: () async throws(APIError) -> Void) async -> APIError? {
        do {
            try await call()
            return nil
        } catch {
            return error
        }
    }

    private static func smallV2Query() throws(APIError) -> V2ListQuery {
        do { return try V2ListQuery(limit: 1) } catch { throw .invalidRequest(error.description) }
    }

    private static func smallV1Query() throws(APIError) -> JobListQuery {
        do { return try JobListQuery(perPage: 1) } catch { throw .invalidRequest(error.description) }
    }
}
