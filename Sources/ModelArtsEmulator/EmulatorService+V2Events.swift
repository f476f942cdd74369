import ModelArts

extension EmulatorService {
    /// `GET /v2/{project_id}/training-jobs/{id}/events` (contract §9): `offset` (as `configuration.v2Offset`
    /// says, default 0), `limit` 1...100 (default 50), `order` desc (default, newest first) or asc, `level`
    /// Info/Warning/Error, `pattern` (case-sensitive substring of the message, at most 256 characters),
    /// `source` Job/Task/K8S, `start_time`/`end_time` (epoch ms, both or neither). A bad value is
    /// 400 `ModelArts.50004000` "Bad request." with the reason in `error_solution`; an unknown job 2775.
    func eventsV2(_ request: EmulatorRequest, jobID: String) -> (EmulatorResponse, Payload) {
        guard let index = v2Store.index(of: jobID) else { return (Self.v2NotFound(jobID), .none) }
        let query: EventQuery
        do {
            query = try EventQuery(PercentEncoding.parseQuery(request.rawQuery[...]))
        } catch {
            return (EmulatorReply.v2Error(400, "ModelArts.50004000", "Bad request.", solution: error.reason), .none)
        }
        let all = v2Store.events(index, at: now()).enumerated().sorted {
            $0.element.atMS != $1.element.atMS ? $0.element.atMS < $1.element.atMS : $0.offset < $1.offset
        }.map(\.element)
        var selected = all.filter(query.admits)
        if !query.ascending { selected.reverse() }
        let first = configuration.v2Offset.firstRecord(offset: query.offset, limit: query.limit) ?? Int.max
        let page = first < selected.count ? Array(selected[first..<min(selected.count, first + query.limit)]) : []
        let body = V2EventPage(
            total: selected.count, limit: query.limit, offset: query.offset, order: query.ascending ? "asc" : "desc",
            startTime: all.first?.time ?? "", endTime: all.last?.time ?? "", events: page)
        return (EmulatorReply.json(200, body), .v2(.events))
    }

    struct EventQuery {
        var offset = 0
        var limit = 50
        var ascending = false
        var level: String?
        var pattern: String?
        var source: String?
        var window: ClosedRange<Int64>?

        struct Refusal: Error {
            var reason: String
        }

        init(_ items: [(String, String)]) throws(Refusal) {
            func value(_ key: String) -> String? { items.first(where: { $0.0 == key })?.1 }
            func int(_ key: String, _ range: ClosedRange<Int>) throws(Refusal) -> Int? {
                guard let text = value(key) else { return nil }
                guard let n = Int(text), range.contains(n) else {
                    throw Refusal(reason: "\(key) must be an integer in \(range.lowerBound)...\(range.upperBound).")
                }
                return n
            }
            offset = try int("offset", 0...Int(Int32.max)) ?? 0
            limit = try int("limit", 1...100) ?? 50
            switch value("order") {
            case nil, "desc": ascending = false
            case "asc": ascending = true
            default: throw Refusal(reason: "order must be asc or desc.")
            }
            if let text = value("level") {
                guard let level = ["Info", "Warning", "Error"].first(where: { $0.lowercased() == text.lowercased() })
                else { throw Refusal(reason: "level must be Info, Warning or Error.") }
                self.level = level
            }
            if let text = value("source") {
                guard let source = ["Job", "Task", "K8S"].first(where: { $0.lowercased() == text.lowercased() })
                else { throw Refusal(reason: "source must be Job, Task or K8S.") }
                self.source = source
            }
            if let pattern = value("pattern"), !pattern.isEmpty {
                guard pattern.count <= 256 else { throw Refusal(reason: "pattern must be at most 256 characters.") }
                self.pattern = pattern
            }
            switch (value("start_time"), value("end_time")) {
            case (nil, nil): break
            case (let s?, let e?):
                guard let start = Int64(s), let end = Int64(e), start <= end else {
                    throw Refusal(reason: "start_time and end_time must be epoch milliseconds, start before end.")
                }
                window = start...end
            default: throw Refusal(reason: "start_time and end_time must be given together.")
            }
        }

        func admits(_ event: V2JobEvent) -> Bool {
            (level == nil || event.level == level) && (source == nil || event.source == source)
                && (pattern.map { event.message.contains($0) } ?? true) && (window?.contains(event.atMS) ?? true)
        }
    }
}
