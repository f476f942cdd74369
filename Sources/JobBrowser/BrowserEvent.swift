import ModelArts
import TerminalUI

/// Everything that can happen to the browser. The runtime turns keys, terminal size changes, the
/// clock and network results into these; nothing else changes the state.
public enum BrowserEvent: Hashable, Sendable {
    /// The loop is ready: derive the page size and fetch the first page.
    case start
    case key(Key)
    case resized(Size)
    /// The current time (epoch ms). The runtime sends it before any event that may need `now`.
    case tick(nowMS: Int64)
    /// The debounce asked for with this generation has elapsed.
    case debounceElapsed(generation: Int)
    case pageLoaded(FetchRequest, generation: Int, JobListPage)
    case pageFailed(FetchRequest, generation: Int, APIError)
    case versionsLoaded(JobID, JobVersionList)
    case versionsFailed(JobID, APIError)
}
