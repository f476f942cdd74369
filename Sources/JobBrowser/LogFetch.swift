import ModelArts

/// One request of the log view, and why it was made (the answer is handled by its purpose).
public enum LogFetch: Hashable, Sendable {
    /// The newest lines when the view opens: the v2 preview, or v1's newest page.
    case tail(LogSource)
    /// Lines before the first one held (scrolling above the top).
    case older(LogLinesRequest)
    /// A page read while walking back to where a truncated preview starts.
    case walk(LogLinesRequest)
    /// The newest page, read to line a v2 preview up with a cursor before following.
    case align(LogLinesRequest)
    /// Lines after the last one held (a follow poll).
    case newer(LogLinesRequest)
}

/// What to save and how to name the file (the runtime adds the time and `.log`).
public struct SaveLogRequest: Hashable, Sendable {
    /// The text to write (already without control sequences).
    public var text: String
    /// The start of the file name, safe as it is: `majobs-log-my-job-worker-0`.
    public var baseName: String
    /// When Ctrl-S was pressed (epoch ms), for the file name.
    public var startedAtMS: Int64

    public init(text: String, baseName: String, startedAtMS: Int64) {
        self.text = text
        self.baseName = baseName
        self.startedAtMS = startedAtMS
    }
}
