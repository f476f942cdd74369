import ModelArts
import TerminalUI

/// The detail panel of one job: its fields, its versions once they arrive, how far it is scrolled,
/// and whether it shows the job's raw JSON instead.
public struct DetailPanel: Hashable, Sendable {
    /// Where the versions list is.
    public enum Versions: Hashable, Sendable {
        case loading
        case loaded(JobVersionList)
        case failed(APIError)
    }

    public var job: TrainingJob
    public var versions: Versions
    /// The first content line shown (clamped by the reducer to the content's length).
    public var scroll: Int
    /// True while `y` shows the raw JSON instead of the fields.
    public var showsRaw: Bool
    /// The job's object as the list response sent it, pretty-printed; nil when not known.
    public var rawJSON: String?
    /// A v2 job's detail and events (nil for a v1 job, whose panel shows versions instead).
    public var v2: V2DetailFetch?

    public init(
        job: TrainingJob, versions: Versions = .loading, scroll: Int = 0, showsRaw: Bool = false,
        rawJSON: String? = nil, v2: V2DetailFetch? = nil
    ) {
        self.v2 = v2
        self.job = job
        self.versions = versions
        self.scroll = scroll
        self.showsRaw = showsRaw
        self.rawJSON = rawJSON
    }

    /// Where the panel sits on a screen of `size`: the box width, the width of a field's value and
    /// how many content lines fit. The reducer (to clamp scrolling) and the view share it.
    public static func geometry(for size: Size) -> (boxWidth: Int, valueWidth: Int, visibleLines: Int) {
        let layout = BrowserLayout(size: size)
        let boxWidth = max(0, min(100, size.width - 2))
        let valueWidth = max(10, boxWidth - 4 - DetailContent.labelWidth)
        return (boxWidth, valueWidth, max(1, layout.statusRow - layout.tableHeaderRow - 2))
    }
}
