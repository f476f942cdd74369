import ModelArts

/// Everything a key can do. The keymap binds keys to these, per context.
public enum BrowserAction: String, CaseIterable, Hashable, Sendable {
    case moveDown, moveUp, first, last, screenDown, screenUp
    case nextPage, previousPage
    case search, clearSearch, statusFilter
    case sortName, sortStatus, sortCreated, sortDuration, sortVersions, sortDescription
    case sortLeft, sortRight, invertSort
    case refresh, details, help, quit, interrupt
    /// Pause or resume automatic refresh.
    case toggleRefresh
    /// Copy the selected job's id to the clipboard (OSC 52); export the current view to a file.
    case copyID, export
    /// In the detail panel: show the job's raw JSON instead of its fields, and back.
    case toggleRaw
    /// In the export prompt: the file format.
    case exportCSV, exportJSON
    /// Opens the profile switcher.
    case switchProfile
    /// Switches the table between the v2 (new) and v1 (old) job lists, where the account has both.
    case switchAPI
    // Inside the search prompt.
    case accept, cancel, historyPrevious, historyNext, deleteBackward, clearLine
    /// Inside the search prompt: the caret one character left or right, the character under it.
    case cursorLeft, cursorRight, deleteForward
    // Inside the picker and the overlays.
    case choose, close
    // Writes
    /// Stop (terminate) the selected job, or the job in the detail panel, after a confirmation.
    case stopJob
    /// Delete the selected job (on v1 from the detail panel: the version shown), after typing its name.
    case deleteJob
    // Log view
    /// Opens the selected job's log; in the log view: follow new lines, wrap long lines, save the
    /// lines to a file, the next and previous search match, scroll sideways.
    case openLog, follow, toggleWrap, saveLog, nextMatch, previousMatch, scrollLeft, scrollRight

    /// The sort field a sort action selects.
    public var sortField: SortField? {
        switch self {
        case .sortName: return .name
        case .sortStatus: return .status
        case .sortCreated: return .created
        case .sortDuration: return .duration
        case .sortVersions: return .versions
        case .sortDescription: return .description
        case .moveDown, .moveUp, .first, .last, .screenDown, .screenUp, .nextPage, .previousPage, .search,
            .clearSearch, .statusFilter, .sortLeft, .sortRight, .invertSort, .refresh, .details, .help, .quit,
            .interrupt, .toggleRefresh, .copyID, .export, .toggleRaw, .exportCSV, .exportJSON, .switchProfile,
            .switchAPI, .accept, .cancel, .historyPrevious, .historyNext, .deleteBackward, .clearLine, .cursorLeft,
            .cursorRight,
            .deleteForward, .choose, .close,
            // Writes
            .stopJob, .deleteJob,
            // Log view
            .openLog, .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            return nil
        }
    }
}
