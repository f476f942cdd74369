/// When the browser fetches the page on screen again by itself: the interval (0 = off), whether
/// the person paused it with `Z`, and when the last automatic refresh went out. Plain data: the
/// state decides from it (and the clock it is fed) when the runtime must wake up.
public struct RefreshSchedule: Hashable, Sendable {
    /// The shortest interval allowed (a refresh is a request to a shared cloud API).
    public static let minimumSeconds = 2
    /// The interval when neither the flag nor the config gives one.
    public static let defaultSeconds = 10

    /// Milliseconds between refreshes; 0 turns automatic refresh off.
    public var intervalMS: Int64
    /// True after `Z` paused it (until `Z` again).
    public var isPausedByUser = false
    /// When the last automatic refresh (or the first load) went out, epoch ms.
    public var lastAttemptMS: Int64?

    public init(intervalMS: Int64 = 0) {
        self.intervalMS = max(0, intervalMS)
    }

    /// True when automatic refresh is configured at all.
    public var isEnabled: Bool { intervalMS > 0 }
    /// True when it is configured and not paused by the person.
    public var isRunning: Bool { isEnabled && !isPausedByUser }

    /// Why a `--refresh` / `refresh_seconds` value is refused, nil when it is fine (0 or at least the minimum).
    public static func problem(seconds: Int) -> String? {
        if seconds == 0 || (minimumSeconds...86_400).contains(seconds) { return nil }
        if seconds < 0 { return "must not be negative (0 turns auto-refresh off)" }
        if seconds > 86_400 { return "is more than a day (86400 seconds)" }
        return "is below the minimum of \(minimumSeconds) seconds (0 turns auto-refresh off)"
    }

    /// `4s`, `2m`, `3h`: how long ago the rows arrived, at the precision the header shows.
    public static func ageText(_ elapsedMS: Int64) -> String {
        let s = max(0, elapsedMS) / 1000
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        return "\(s / 3600)h"
    }

    /// How long after the rows arrived `ageText` next changes, given `elapsedMS` now: the next whole
    /// second under a minute, the next whole minute under an hour, then the next hour.
    public static func nextAgeChange(afterMS elapsedMS: Int64) -> Int64 {
        let e = max(0, elapsedMS)
        let step: Int64 = e < 60_000 ? 1000 : (e < 3_600_000 ? 60_000 : 3_600_000)
        return (e / step + 1) * step
    }
}
