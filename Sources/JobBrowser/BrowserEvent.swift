import ModelArts
import TerminalUI

/// Everything that can happen to the browser. The runtime turns keys, terminal size changes, the
/// clock and network results into these; nothing else changes the state.
public enum BrowserEvent: Hashable, Sendable {
    /// The loop is ready: derive the page size and fetch the first page.
    case start
    case key(Key)
    /// A mouse press or wheel notch, already resolved to what it landed on (`BrowserView.mouseTarget`).
    case mouse(MouseTarget)
    case resized(Size)
    /// The current time (epoch ms). The runtime sends it before any event that may need `now`.
    case tick(nowMS: Int64)
    /// The debounce asked for with this generation has elapsed.
    case debounceElapsed(generation: Int)
    case pageLoaded(FetchRequest, generation: Int, JobListPage)
    case pageFailed(FetchRequest, generation: Int, APIError)
    case versionsLoaded(JobID, JobVersionList)
    case versionsFailed(JobID, APIError)
    case v2DetailLoaded(JobID, V2JobDetail)
    case v2DetailFailed(JobID, APIError)
    case v2EventsLoaded(JobID, [V2JobEvent])
    case v2EventsFailed(JobID, APIError)
    /// An export has written `written` of `total` jobs (total known after the first page).
    case exportProgress(id: Int, written: Int, total: Int?)
    case exportFinished(id: Int, path: String, count: Int)
    case exportFailed(id: Int, message: String)
    /// The runtime connected to the profile asked for by `.connectProfile`.
    case profileConnected(ProfileSwitch)
    /// Connecting to a profile, or loading its first page, failed; `message` is one line without secrets.
    case profileFailed(profile: String, message: String)
    /// The first page of a profile being switched to arrived (asked for by `.fetchForProfile`).
    case profilePageLoaded(profile: String, FetchRequest, JobListPage)
    // Writes
    /// The server accepted a write asked for by `.perform` (or a delete found the job already gone).
    case writeSucceeded(JobAction, JobActionOutcome)
    /// A write failed (refused, rejected, or lost on the network): nothing changed, nothing is retried.
    case writeFailed(JobAction, APIError)
    // Log view
    /// The log view's choices: a v2 job's tasks (from its detail), or a v1 version's log files.
    case logChoicesLoaded(token: Int, [String])
    case logChoicesFailed(token: Int, APIError)
    /// A log request of the view with `token` was answered (see `LogFetch` for which one).
    case logLoaded(token: Int, LogFetch, LogPage)
    case logFailed(token: Int, LogFetch, APIError)
    /// The follow timer asked for with `.scheduleLogPoll` ran out.
    case logPollDue(token: Int)
    /// The followed job's status now.
    case logJobStatus(token: Int, JobStatus)
    /// The fetched lines were saved to `path`, or could not be.
    case logSaved(token: Int, path: String)
    case logSaveFailed(token: Int, message: String)
}
