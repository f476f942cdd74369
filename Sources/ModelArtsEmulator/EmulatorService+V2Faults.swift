import Foundation

extension EmulatorService {
    /// Well-formed v2 JSON a strict decoder must refuse. Variant 0 makes a number a word (`count`,
    /// `total`) or the job's `metadata` a string; variant 1 makes the list (`items`, `events`) an object
    /// keyed by position, or the job's `status.tasks` a string.
    static func wrongTypedV2(_ response: EmulatorResponse, kind: V2Body, variant: Int) -> EmulatorResponse {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] else {
            return response
        }
        func keyed(_ key: String) {
            let list = object[key] as? [Any] ?? []
            object[key] = Dictionary(uniqueKeysWithValues: list.enumerated().map { (String($0.offset), $0.element) })
        }
        switch (kind, variant) {
        case (.search, 0): object["count"] = "many"
        case (.search, _): keyed("items")
        case (.events, 0): object["total"] = "many"
        case (.events, _): keyed("events")
        case (.job, 0): object["metadata"] = "many"
        case (.job, _):
            var status = object["status"] as? [String: Any] ?? [:]
            status["tasks"] = "worker-0"
            object["status"] = status
        }
        var spoiled = response
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        spoiled.body = Array((try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data())
        return spoiled
    }
}
