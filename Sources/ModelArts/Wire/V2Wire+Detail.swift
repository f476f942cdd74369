import Foundation

extension V2Wire {
    /// Decodes a 2xx detail body (one `JobResponse`, §5) into what the detail pane shows.
    public static func decodeDetail(_ data: Data, status: Int = 200) throws(APIError) -> V2JobDetail {
        let root = try root(data, status: status, expecting: "metadata")
        guard let job = job(from: root) else {
            throw .malformedBody(status: status, detail: "metadata.id is missing")
        }
        let algorithm = root["algorithm"]
        let resource = root.at("spec", "resource")
        return V2JobDetail(
            job: job, codeDir: algorithm["code_dir"].text, command: algorithm["command"].text,
            engineID: algorithm.at("engine", "engine_id").text,
            flavorType: resource.at("flavor_detail", "flavor_type").text,
            poolName: resource["pool_name"].text ?? resource["pool_id"].text,
            parameters: algorithm["parameters"].array.compactMap { p in
                p["name"].text.map {
                    .init(name: $0, value: p["value"].string ?? "", description: p["description"].text)
                }
            },
            environments: environments(algorithm["environments"]),
            inputs: algorithm["inputs"].array.compactMap(dataPath),
            outputs: algorithm["outputs"].array.compactMap(dataPath),
            failureReason: failureReason(root["status"]),
            logExportPath: root.at("spec", "log_export_path", "obs_url").text,
            rawJSON: prettyJSON(data))
    }

    /// `environments` is an array of string maps in the SDK and one map in Terraform (§12 U15): both read.
    static func environments(_ value: LooseJSON) -> [V2JobDetail.Parameter] {
        let maps = value.isObject ? [value] : value.array
        return maps.flatMap { map in map.members.map { .init(name: $0.key, value: $0.value.string ?? "") } }
    }

    /// An input or output channel; nil without a name.
    static func dataPath(_ value: LooseJSON) -> V2JobDetail.DataPath? {
        guard let name = value["name"].text else { return nil }
        let remote = value["remote"]
        let url = remote.at("obs", "obs_url").text ?? remote.at("dataset", "obs_url").text
        return .init(name: name, localDir: value["local_dir"].text, remote: url)
    }

    /// The first failed task's message (with its exit code), else the last run's end reason unless
    /// that run completed normally.
    static func failureReason(_ status: LooseJSON) -> String? {
        for task in status["task_statuses"].array {
            let code = task["exit_code"].int64
            guard let message = task["message"].text, code != 0 else { continue }
            let who = task["task"].text.map { "\($0): " } ?? ""
            return who + message + (code.map { " (exit code \($0))" } ?? "")
        }
        guard let last = status["running_records"].array.last, let reason = last["end_reason"].text,
            reason != "job completed"
        else { return nil }
        return last["end_related_task"].text.map { "\($0): \(reason)" } ?? reason
    }

    /// Decodes a 2xx events body (§9), newest first: the server is asked for `desc`, and when every
    /// time can be read the events are put in that order whatever order they came in.
    public static func decodeEvents(_ data: Data, status: Int = 200) throws(APIError) -> [V2JobEvent] {
        let root = try root(data, status: status, expecting: "events")
        let events = root["events"].array.map { e in
            let time = e["time"].string ?? ""
            return V2JobEvent(
                time: time, timeMS: ISO8601Millis.parse(time), level: e["level"].string ?? "",
                message: e["message"].string ?? "", source: e["source"].string ?? "")
        }
        guard events.allSatisfy({ $0.timeMS != nil }) else { return events }
        // Stable: events of the same millisecond keep the server's order.
        return events.enumerated().sorted { a, b in
            a.element.timeMS == b.element.timeMS
                ? a.offset < b.offset : (a.element.timeMS ?? 0) > (b.element.timeMS ?? 0)
        }.map(\.element)
    }

    /// The body pretty-printed with sorted keys (values as received), for the raw-JSON view.
    static func prettyJSON(_ data: Data) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: data),
            let pretty = try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return String(decoding: data, as: UTF8.self) }
        return String(decoding: pretty, as: UTF8.self)
    }
}
