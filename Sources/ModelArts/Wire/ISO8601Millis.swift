import Foundation

/// Reads the event times of the v2 API (`2022-11-26T16:03:41+08:00`, optionally with fractional
/// seconds or `Z`) as epoch milliseconds.
enum ISO8601Millis {
    static func parse(_ text: String) -> Int64? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return Int64((date.timeIntervalSince1970 * 1000).rounded()) }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }
}
