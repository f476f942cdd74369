import MajobsSettings
import ModelArts
import TerminalUI

extension BrowserState {
    /// A key while the search prompt is open: editing keys by the keymap, any other printable
    /// character is typed at the caret. Every change of the text goes live after the debounce; moving
    /// the caret alone asks for nothing.
    mutating func searchKey(_ key: Key, action: BrowserAction?, editor: SearchEditor) -> [BrowserEffect] {
        var editor = editor
        switch action {
        case .accept:
            return acceptSearch(editor)
        case .cancel:
            mode = .table
            guard search != editor.original else { return [] }
            search = editor.original
            return queryChanged(anchor: .first)
        case .historyPrevious:
            guard !searchHistory.isEmpty else { return [] }
            let i = (editor.historyIndex ?? searchHistory.count) - 1
            guard i >= 0 else { return [] }
            if editor.historyIndex == nil { editor.draft = editor.text }
            editor.historyIndex = i
            editor.replace(with: searchHistory[i])
        case .historyNext:
            guard let i = editor.historyIndex else { return [] }
            if i + 1 < searchHistory.count {
                editor.historyIndex = i + 1
                editor.replace(with: searchHistory[i + 1])
            } else {
                editor.historyIndex = nil
                editor.replace(with: editor.draft)
            }
        case .cursorLeft:
            guard editor.moveCursor(to: editor.cursor - 1) else { return [] }
        case .cursorRight:
            guard editor.moveCursor(to: editor.cursor + 1) else { return [] }
        case .first:
            guard editor.moveCursor(to: 0) else { return [] }
        case .last:
            guard editor.moveCursor(to: editor.text.count) else { return [] }
        case .deleteBackward:
            guard editor.deleteBackward() else { return [] }
            editor.historyIndex = nil
        case .deleteForward:
            guard editor.deleteForward() else { return [] }
            editor.historyIndex = nil
        case .clearLine:
            editor.replace(with: "")
            editor.historyIndex = nil
        // No editing action: the key is typed, if it is a character the prompt takes.
        case nil, .moveDown, .moveUp, .screenDown, .screenUp, .nextPage, .previousPage, .search, .clearSearch,
            .statusFilter, .sortName, .sortStatus, .sortCreated, .sortDuration, .sortVersions, .sortDescription,
            .sortLeft, .sortRight, .invertSort, .refresh, .details, .help, .quit, .interrupt, .toggleRefresh, .copyID,
            .export, .toggleRaw, .exportCSV, .exportJSON, .switchProfile, .switchAPI, .choose, .close,
            // Writes
            .stopJob, .deleteJob,
            // Log view
            .openLog, .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            guard case .char(let c) = key, Self.isTypable(c),
                editor.insert(c, limit: JobListQuery.maxSearchLength)
            else { return [] }
            editor.historyIndex = nil
        }
        mode = .search(editor)
        return searchTextChanged(editor.text)
    }

    /// Applies the prompt text as the live search: page 1, a new generation, and a debounce.
    mutating func searchTextChanged(_ text: String) -> [BrowserEffect] {
        guard text != search else { return [] }
        search = text
        paging = Paging(page: 1, perPage: browsingPerPage())
        bumpGeneration()
        pendingDebounce = generation
        anchor = .first
        phase = .loading
        return [.debounce(generation: generation, after: config.debounce)]
    }

    /// Enter: keeps the search (an empty one clears it) and fetches at once if still debouncing.
    mutating func acceptSearch(_ editor: SearchEditor) -> [BrowserEffect] {
        mode = .table
        if !search.isEmpty {
            searchHistory.removeAll { $0 == search }
            searchHistory.append(search)
            if searchHistory.count > SavedView.historyLimit { searchHistory.removeFirst() }
        }
        guard pendingDebounce != nil else { return [] }
        // A new generation makes the pending debounce a no-op, so the query is fetched exactly once.
        bumpGeneration()
        anchor = .first
        phase = .loading
        anchorNowIfShown()
        return settle(entered: true)
    }

    /// Printable characters only: a control character is never part of a search.
    static func isTypable(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { s in
            s.value >= 0x20 && s.value != 0x7F && !(0x80..<0xA0).contains(s.value)
        }
    }
}
