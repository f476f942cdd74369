/// The v2 events answer (contract §9): `total` counts the events that pass the level, pattern and time
/// filters; `start_time`/`end_time` span the job's events (ISO 8601, +08:00), empty when it has none.
struct V2EventPage: Encodable, Sendable {
    var total: Int
    var limit: Int
    var offset: Int
    var order: String
    var startTime: String
    var endTime: String
    var events: [V2JobEvent]

    enum CodingKeys: String, CodingKey {
        case total, limit, offset, order, events
        case startTime = "start_time", endTime = "end_time"
    }
}
