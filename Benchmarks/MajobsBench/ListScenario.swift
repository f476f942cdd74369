import ModelArts
import ModelArtsEmulator

/// The requests the benchmark sends: what a browser and scripts ask for, mixed. Every sort field in
/// both orders, searches that match many, few or no jobs (ASCII and CJK), a status filter now and
/// then, and pages spread over the whole result.
enum ListScenario {
    static let searches = ["", "", "", "resnet", "bert", "安全帽", "job-", "v2", "lora-sft", "nothing-matches"]
    static let perPages = [10, 35, 50, 100]

    /// `count` query parameter lists, drawn from `rng`.
    static func requests(count: Int, jobs: Int, rng: inout SeededRandom) -> [[(String, String)]] {
        (0..<count).map { _ in
            let field = SortField.allCases[rng.below(SortField.allCases.count)]
            let perPage = perPages[rng.below(perPages.count)]
            let search = searches[rng.below(searches.count)]
            // Pages near the front are the common case, but any page must be cheap.
            let lastPage = max(1, (search.isEmpty ? jobs : jobs / 20) / perPage)
            let page = rng.below(4) == 0 ? 1 + rng.below(lastPage) : 1 + rng.below(min(5, lastPage))
            var query = [
                ("sortBy", field.wireName), ("order", rng.below(2) == 0 ? "asc" : "desc"),
                ("per_page", String(perPage)), ("page", String(page)),
            ]
            if !search.isEmpty { query.append(("search_content", search)) }
            if rng.below(8) == 0 { query.append(("status", String([8, 10, 11, 7][rng.below(4)]))) }
            return query
        }
    }

    /// A request signed as the official SDK signs it, as the socket shell hands it over.
    static func signed(_ query: [(String, String)], nowMS: Int64) -> EmulatorRequest {
        let identity = EmulatorIdentity.demo
        let path = "/v1/\(identity.projectID)/training-jobs"
        let signable = SignableRequest(
            method: "GET", host: "127.0.0.1:8080", path: path, query: query,
            headers: [("X-Project-Id", identity.projectID), ("Content-Type", "application/json")])
        let credentials = SigningCredentials(accessKey: identity.accessKey, secretKey: identity.secretKey)
        let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: nowMS / 1000)
        let parts = signed.wireURI.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return EmulatorRequest(
            method: "GET", path: String(parts[0]), rawQuery: parts.count > 1 ? String(parts[1]) : "",
            headers: signed.headers.map { ($0.name, $0.value) })
    }
}
