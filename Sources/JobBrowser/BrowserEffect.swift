import ModelArts

/// What the reducer asks the runtime to do: plain data, so tests compare it exactly.
public enum BrowserEffect: Hashable, Sendable {
    /// Fetch a page (a `.group` request goes through `GroupPageMerger`) and answer with
    /// `.pageLoaded` or `.pageFailed` carrying the same request and generation.
    case fetch(FetchRequest, generation: Int)
    /// Send `.debounceElapsed(generation)` once `after` has passed.
    case debounce(generation: Int, after: Duration)
    /// Fetch a job's versions and answer with `.versionsLoaded` or `.versionsFailed`.
    case fetchVersions(JobID)
    /// Fetch a v2 job's detail and its events (at the same time); answer with `.v2DetailLoaded` or
    /// `.v2DetailFailed`, and `.v2EventsLoaded` or `.v2EventsFailed`.
    case fetchV2Detail(JobID)
    /// Resolve and connect to a config profile; answer with `.profileConnected` or `.profileFailed`.
    case connectProfile(String)
    /// Fetch a page through the client connected for this profile (not yet in use); answer with
    /// `.profilePageLoaded` or `.profileFailed` (the error's one-line message).
    case fetchForProfile(String, FetchRequest)
    /// Put the text on the system clipboard (OSC 52 through the terminal).
    case copyToClipboard(String)
    /// Write every page of a query to a file, answering with `.exportProgress`, then
    /// `.exportFinished` or `.exportFailed`.
    case export(ExportRequest)
    /// Stop the export with this id and remove its partial file.
    case cancelExport(id: Int)
    /// Restore the terminal and exit.
    case quit(exitCode: Int32)
    // Writes
    /// Send one write through `JobsAPI.perform`, once (never retried), and answer with
    /// `.writeSucceeded` or `.writeFailed` carrying the same action.
    case perform(JobAction)
    // Log view
    /// Find what the log view can show of a job: a v2 job's tasks (its detail) or a v1 version's log
    /// files; answer with `.logChoicesLoaded` or `.logChoicesFailed`.
    case fetchLogChoices(token: Int, TrainingJob)
    /// Ask for log text (`LogFetch` says which call); answer with `.logLoaded` or `.logFailed`.
    case fetchLog(token: Int, LogFetch)
    /// Send `.logPollDue(token)` once `after` has passed.
    case scheduleLogPoll(token: Int, after: Duration)
    /// Read the job's status (v2 detail, v1 versions); answer with `.logJobStatus` (nothing on failure).
    case fetchLogJobStatus(token: Int, TrainingJob)
    /// Write the text to a new private file (mode 0600) in the export directory; answer with `.logSaved`
    /// or `.logSaveFailed`.
    case saveLog(token: Int, SaveLogRequest)
}
