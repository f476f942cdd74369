import ModelArts

/// One event of a v2 job (contract §9): `time` is ISO 8601 with the service's +08:00 offset (§2.6),
/// `level` Info/Warning/Error, `source` Job/Task/K8S.
struct V2JobEvent: Encodable, Sendable {
    var time: String
    var level: String
    var message: String
    var source: String

    /// When it happened (epoch ms); not on the wire, used to order and filter.
    var atMS: Int64

    enum CodingKeys: String, CodingKey { case time, level, message, source }

    init(atMS: Int64, _ level: String, _ source: String, _ message: String) {
        self.atMS = atMS
        self.time = Self.iso8601(epochMS: atMS)
        self.level = level
        self.message = message
        self.source = source
    }

    /// `2022-11-26T16:03:41+08:00`: the documented form, in China Standard Time (no fraction).
    static func iso8601(epochMS: Int64) -> String {
        let seconds = (epochMS >= 0 ? epochMS / 1000 : (epochMS - 999) / 1000) + 8 * 3600
        let compact = Array(SDKDate.format(epochSeconds: seconds))  // 20240501T120000Z
        let s = { (r: Range<Int>) in String(compact[r]) }
        return "\(s(0..<4))-\(s(4..<6))-\(s(6..<8))T\(s(9..<11)):\(s(11..<13)):\(s(13..<15))+08:00"
    }
}
