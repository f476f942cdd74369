import Foundation
import ModelArts
import ModelArtsEmulator

/// The v2 searches the benchmark sends (`--v2`): what a browser and `list --api v2` ask for, mixed. Pages
/// of 10 to 50 in both orders, name searches that match many, few or no jobs (ASCII and CJK), phase
/// groups, id lookups, and offsets spread over the whole result, under the default page semantics.
enum V2SearchScenario {
    static let searches = ["", "", "", "resnet", "bert", "安全帽", "job-", "v2", "lora-sft", "nothing-matches"]
    static let phaseGroups = [
        ["Creating", "Pending"], ["Running"], ["Completed"], ["Failed", "Abnormal"], ["Terminating", "Terminated"],
    ]
    static let limits = [10, 20, 50]

    /// `count` search bodies (JSON bytes), drawn from `rng`; `ids` are the store's job ids.
    static func bodies(count: Int, ids: [String], rng: inout SeededRandom) -> [[UInt8]] {
        (0..<count).map { _ in
            let limit = limits[rng.below(limits.count)]
            let search = searches[rng.below(searches.count)]
            var filters: [[String: Any]] = []
            if !search.isEmpty { filters.append(["key": "name", "operator": "like", "value": [search]]) }
            if rng.below(4) == 0 {
                filters.append(["key": "phase", "operator": "in", "value": phaseGroups[rng.below(phaseGroups.count)]])
            }
            if rng.below(20) == 0, !ids.isEmpty {
                filters.append(["key": "id", "operator": "in", "value": (0..<3).map { _ in ids[rng.below(ids.count)] }])
            }
            // Pages near the front are the common case, but any page must be cheap.
            let lastPage = max(1, (filters.isEmpty ? ids.count : ids.count / 20) / limit)
            let page = rng.below(4) == 0 ? rng.below(lastPage) : rng.below(min(5, lastPage))
            let body: [String: Any] = [
                "offset": page, "limit": limit, "sort_by": "create_time", "order": rng.below(2) == 0 ? "asc" : "desc",
                "filters": filters,
            ]
            return Array((try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data())
        }
    }

    /// A search signed as the official SDK signs it (the body's hash included), as the shell hands it over.
    static func signed(_ body: [UInt8], nowMS: Int64) -> EmulatorRequest {
        let identity = EmulatorIdentity.demo
        let path = "/v2/\(identity.projectID)/training-job-searches"
        let signable = SignableRequest(
            method: "POST", host: "127.0.0.1:8080", path: path,
            headers: [("X-Project-Id", identity.projectID), ("Content-Type", "application/json;charset=utf-8")],
            body: body)
        let credentials = SigningCredentials(accessKey: identity.accessKey, secretKey: identity.secretKey)
        let signed = RequestSigner.sign(signable, credentials: credentials, epochSeconds: nowMS / 1000)
        return EmulatorRequest(
            method: "POST", path: signed.wireURI, headers: signed.headers.map { ($0.name, $0.value) }, body: body)
    }
}
