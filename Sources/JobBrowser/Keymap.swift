import ModelArts
import TerminalUI

/// The one key table: dispatch, the hint bar and the help overlay all read it, so a rebinding
/// shows up everywhere at once.
public struct Keymap: Hashable, Sendable {
    public private(set) var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The action `key` triggers in `context`; the context's own bindings win over global ones.
    public func action(for key: Key, in context: KeyContext) -> BrowserAction? {
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b.action }
        return bindings.first(where: { $0.context == .global && $0.keys.contains(key) })?.action
    }

    /// The keys bound to `action` in `context`.
    public func keys(for action: BrowserAction, in context: KeyContext) -> [Key] {
        bindings.first(where: { $0.context == context && $0.action == action })?.keys ?? []
    }

    /// The bindings of one context, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context }
    }

    /// Replaces the keys of `action` in `context` (adding the binding if it was missing).
    public mutating func rebind(_ action: BrowserAction, in context: KeyContext, to keys: [Key], help: String? = nil) {
        if let i = bindings.firstIndex(where: { $0.context == context && $0.action == action }) {
            bindings[i].keys = keys
            if let help { bindings[i].help = help }
        } else {
            bindings.append(KeyBinding(action, context, keys, help ?? action.rawValue))
        }
    }

    /// The hint bar for `context`, built from the live bindings (an unbound action drops out).
    public func hints(for context: KeyContext) -> [KeyHint] {
        let plan: [([BrowserAction], String)]
        switch context {
        case .global, .table:
            // In order of need: a narrow bar drops hints from just before help, so paging (j/k cross pages)
            // and refresh (automatic) go before the job's actions.
            plan = [
                ([.moveDown, .moveUp], "move"), ([.search], "search"), ([.statusFilter], "status"),
                ([.sortName, .sortStatus, .sortCreated, .sortDuration, .sortVersions, .sortDescription], "sort"),
                ([.details], "details"), ([.openLog], "logs"), ([.stopJob], "stop"), ([.deleteJob], "delete"),
                ([.nextPage, .previousPage], "page"), ([.refresh], "refresh"), ([.help], "help"), ([.quit], "quit"),
            ]
        case .search:
            plan = [
                ([.accept], "keep"), ([.cancel], "cancel"), ([.historyPrevious, .historyNext], "history"),
                ([.clearLine], "clear"),
            ]
        case .picker:
            plan = [([.moveDown, .moveUp], "move"), ([.choose], "choose"), ([.close], "close")]
        case .help:
            plan = [([.moveDown, .moveUp], "scroll"), ([.close], "close")]
        case .detail:
            plan = [
                ([.moveDown, .moveUp], "scroll"), ([.screenDown, .screenUp], "page"), ([.toggleRaw], "raw JSON"),
                ([.copyID], "copy id"), ([.stopJob], "stop"), ([.deleteJob], "delete"), ([.close], "close"),
            ]
        case .export:
            plan = [([.exportCSV], "CSV"), ([.exportJSON], "JSON"), ([.close], "cancel")]
        // Writes
        case .confirm:
            plan = [([.accept], "delete"), ([.deleteBackward], "erase"), ([.cancel], "cancel")]
        // Log view
        case .log:
            plan = [
                ([.moveDown, .moveUp], "scroll"), ([.search], "search"), ([.nextMatch, .previousMatch], "match"),
                ([.follow], "follow"), ([.toggleWrap], "wrap"), ([.saveLog], "save"), ([.close], "back"),
            ]
        }
        return plan.compactMap { actions, label in
            let keys = actions.compactMap { action in
                self.keys(for: action, in: context).first ?? self.keys(for: action, in: .global).first
            }
            return keys.isEmpty ? nil : KeyHint(keys: keys, label: label)
        }
    }

    /// The default bindings (vi keys, arrows, pager keys).
    public static let standard = Keymap(bindings: [
        KeyBinding(.interrupt, .global, [.ctrl("c")], "quit now (exit 130)"),
        KeyBinding(.moveDown, .table, [.char("j"), .down], "move down"),
        KeyBinding(.moveUp, .table, [.char("k"), .up], "move up"),
        KeyBinding(.first, .table, [.char("g"), .home], "first job"),
        KeyBinding(.last, .table, [.char("G"), .end], "last job of the query"),
        KeyBinding(.screenDown, .table, [.pageDown, .ctrl("f")], "screen down"),
        KeyBinding(.screenUp, .table, [.pageUp, .ctrl("b")], "screen up"),
        KeyBinding(.nextPage, .table, [.char("]"), .char("n")], "next screen"),
        KeyBinding(.previousPage, .table, [.char("["), .char("p")], "previous screen"),
        KeyBinding(.search, .table, [.char("/")], "search job names"),
        KeyBinding(.clearSearch, .table, [.escape], "clear the search"),
        KeyBinding(.statusFilter, .table, [.char("s")], "status/group filter"),
        KeyBinding(.sortName, .table, [.char("N")], "sort by name"),
        KeyBinding(.sortStatus, .table, [.char("S")], "sort by status"),
        KeyBinding(.sortCreated, .table, [.char("C")], "sort by created"),
        KeyBinding(.sortDuration, .table, [.char("D")], "sort by duration"),
        KeyBinding(.sortVersions, .table, [.char("V")], "sort by versions"),
        KeyBinding(.sortDescription, .table, [.char("E")], "sort by description"),
        KeyBinding(.sortLeft, .table, [.char("<")], "sort column to left"),
        KeyBinding(.sortRight, .table, [.char(">")], "sort column to right"),
        KeyBinding(.invertSort, .table, [.char("I")], "invert sort order"),
        KeyBinding(.refresh, .table, [.char("r")], "refresh now"),
        KeyBinding(.toggleRefresh, .table, [.char("Z")], "pause/resume refresh"),
        KeyBinding(.details, .table, [.enter], "job details"),
        KeyBinding(.copyID, .table, [.char("c")], "copy job id (OSC 52)"),
        KeyBinding(.export, .table, [.ctrl("s")], "export to CSV/JSON"),
        KeyBinding(.help, .table, [.char("?")], "this help"),
        KeyBinding(.switchProfile, .table, [.char("P")], "switch profile"),
        KeyBinding(.switchAPI, .table, [.tab], "switch v2 (new) / v1 (old) jobs"),
        KeyBinding(.quit, .table, [.char("q")], "quit"),
        KeyBinding(.accept, .search, [.enter], "keep the search"),
        KeyBinding(.cancel, .search, [.escape], "cancel the edit"),
        KeyBinding(.historyPrevious, .search, [.up], "earlier search"),
        KeyBinding(.historyNext, .search, [.down], "later search"),
        KeyBinding(.cursorLeft, .search, [.left], "caret left"),
        KeyBinding(.cursorRight, .search, [.right], "caret right"),
        KeyBinding(.first, .search, [.home, .ctrl("a")], "caret to the start"),
        KeyBinding(.last, .search, [.end, .ctrl("e")], "caret to the end"),
        KeyBinding(.deleteBackward, .search, [.backspace], "delete before caret"),
        KeyBinding(.deleteForward, .search, [.delete], "delete under caret"),
        KeyBinding(.clearLine, .search, [.ctrl("u")], "clear the prompt"),
        KeyBinding(.moveDown, .picker, [.char("j"), .down], "move down"),
        KeyBinding(.moveUp, .picker, [.char("k"), .up], "move up"),
        KeyBinding(.first, .picker, [.char("g"), .home], "first entry"),
        KeyBinding(.last, .picker, [.char("G"), .end], "last entry"),
        KeyBinding(.choose, .picker, [.enter, .char(" ")], "apply the filter"),
        KeyBinding(.close, .picker, [.escape, .char("s"), .char("q")], "close"),
        KeyBinding(.moveDown, .detail, [.char("j"), .down], "scroll down"),
        KeyBinding(.moveUp, .detail, [.char("k"), .up], "scroll up"),
        KeyBinding(.screenDown, .detail, [.pageDown, .ctrl("f")], "scroll a screen down"),
        KeyBinding(.screenUp, .detail, [.pageUp, .ctrl("b")], "scroll a screen up"),
        KeyBinding(.first, .detail, [.char("g"), .home], "top"),
        KeyBinding(.last, .detail, [.char("G"), .end], "bottom"),
        KeyBinding(.toggleRaw, .detail, [.char("y")], "raw JSON as received"),
        KeyBinding(.copyID, .detail, [.char("c")], "copy job id (OSC 52)"),
        KeyBinding(.close, .detail, [.escape, .enter, .char("q")], "close"),
        KeyBinding(.exportCSV, .export, [.char("c")], "export as CSV"),
        KeyBinding(.exportJSON, .export, [.char("j")], "export as JSON"),
        KeyBinding(.close, .export, [.escape, .char("q")], "cancel"),
        KeyBinding(.moveDown, .help, [.char("j"), .down], "scroll down"),
        KeyBinding(.moveUp, .help, [.char("k"), .up], "scroll up"),
        KeyBinding(.screenDown, .help, [.pageDown, .ctrl("f")], "scroll a screen down"),
        KeyBinding(.screenUp, .help, [.pageUp, .ctrl("b")], "scroll a screen up"),
        KeyBinding(.first, .help, [.char("g"), .home], "top"),
        KeyBinding(.last, .help, [.char("G"), .end], "bottom"),
        KeyBinding(.close, .help, [.escape, .char("?"), .char("q"), .enter], "close"),
        // Writes
        KeyBinding(.stopJob, .table, [.ctrl("k")], "stop the job (asks; y confirms)"),
        KeyBinding(.deleteJob, .table, [.ctrl("d")], "delete the job (asks for its name)"),
        KeyBinding(.stopJob, .detail, [.ctrl("k")], "stop the job (v1: this version)"),
        KeyBinding(.deleteJob, .detail, [.ctrl("d")], "delete the job (v1: this version)"),
        KeyBinding(.accept, .confirm, [.enter], "delete, once the name is typed"),
        KeyBinding(.cancel, .confirm, [.escape], "cancel (nothing is sent)"),
        KeyBinding(.deleteBackward, .confirm, [.backspace], "erase a character"),
        KeyBinding(.clearLine, .confirm, [.ctrl("u")], "erase what was typed"),
        // Log view
        KeyBinding(.openLog, .table, [.char("l")], "the job's log"),
        KeyBinding(.openLog, .detail, [.char("l")], "the job's log"),
        KeyBinding(.moveDown, .log, [.char("j"), .down], "scroll down"),
        KeyBinding(.moveUp, .log, [.char("k"), .up], "scroll up (older lines load at the top)"),
        KeyBinding(.screenDown, .log, [.pageDown, .ctrl("f"), .char(" ")], "a screen down"),
        KeyBinding(.screenUp, .log, [.pageUp, .ctrl("b")], "a screen up"),
        KeyBinding(.first, .log, [.char("g"), .home], "oldest line fetched"),
        KeyBinding(.last, .log, [.char("G"), .end], "newest line (resumes follow)"),
        KeyBinding(.search, .log, [.char("/")], "search the log"),
        KeyBinding(.nextMatch, .log, [.char("n")], "next match"),
        KeyBinding(.previousMatch, .log, [.char("N")], "previous match"),
        KeyBinding(.toggleWrap, .log, [.char("w")], "wrap long lines on/off"),
        KeyBinding(.scrollLeft, .log, [.left], "scroll left (wrap off)"),
        KeyBinding(.scrollRight, .log, [.right], "scroll right (wrap off)"),
        KeyBinding(.follow, .log, [.char("f")], "follow new lines (running jobs)"),
        KeyBinding(.saveLog, .log, [.ctrl("s")], "save the fetched lines to a file"),
        KeyBinding(.close, .log, [.escape, .char("q")], "back"),
    ])
}
