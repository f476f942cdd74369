import Foundation
import ModelArts

/// Clock helpers: the system clock in epoch ms, and ISO 8601 as IAM writes it, without locale state.
public enum EmulatorTime {
    /// Milliseconds since 1970 from the system clock.
    @Sendable public static func systemNowMS() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// `2024-05-01T12:00:00.123000Z` (IAM's `expires_at` carries microseconds).
    public static func iso8601(epochMS: Int64) -> String {
        let seconds = epochMS >= 0 ? epochMS / 1000 : (epochMS - 999) / 1000
        let millis = epochMS - seconds * 1000
        let compact = Array(SDKDate.format(epochSeconds: seconds))  // 20240501T120000Z
        let s = { (r: Range<Int>) in String(compact[r]) }
        let fraction = String(millis).leftPadded(to: 3) + "000"
        return "\(s(0..<4))-\(s(4..<6))-\(s(6..<8))T\(s(9..<11)):\(s(11..<13)):\(s(13..<15)).\(fraction)Z"
    }
}
