import TerminalUI

/// Where a binding applies. `global` bindings work everywhere, after the current context's own.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    case global, table, search, picker, help, detail, export
    // Writes
    /// The stop or delete confirmation.
    case confirm
    // Log view
    case log

    /// The heading used for this context in the help overlay.
    public var title: String {
        switch self {
        case .global: return "Anywhere"
        case .table: return "Job table"
        case .search: return "Search prompt"
        case .picker: return "Status picker"
        case .help: return "Help"
        case .detail: return "Job details"
        case .export: return "Export"
        case .confirm: return "Stop/delete confirmation"
        // Log view
        case .log: return "Log view"
        }
    }
}

/// One row of the keymap: an action, where it applies, its keys and what it does.
public struct KeyBinding: Hashable, Sendable {
    public var action: BrowserAction
    public var context: KeyContext
    public var keys: [Key]
    public var help: String

    public init(_ action: BrowserAction, _ context: KeyContext, _ keys: [Key], _ help: String) {
        self.action = action
        self.context = context
        self.keys = keys
        self.help = help
    }
}

/// An entry of the hint bar: the actions whose first keys are shown, and a short label.
public struct KeyHint: Hashable, Sendable {
    public var keys: [Key]
    public var label: String

    public init(keys: [Key], label: String) {
        self.keys = keys
        self.label = label
    }
}
