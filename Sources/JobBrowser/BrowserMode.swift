/// What has the keyboard: the table, or a prompt or overlay on top of it.
public enum BrowserMode: Hashable, Sendable {
    case table
    case search(SearchEditor)
    case statusPicker(StatusPicker)
    case help
    case detail(DetailPanel)
    case export(ExportSession)
    case profilePicker(ProfilePicker)
    // Writes
    /// A stop or delete waiting for the person's confirmation.
    case confirm(WriteConfirm)
    // Log view
    case log(LogSession)

    /// The keymap context for this mode.
    public var keyContext: KeyContext {
        switch self {
        case .table: return .table
        case .search: return .search
        case .statusPicker, .profilePicker: return .picker
        case .help: return .help
        case .detail: return .detail
        case .export: return .export
        case .confirm: return .confirm
        // Log view
        case .log(let session): return session.keyContext
        }
    }
}
