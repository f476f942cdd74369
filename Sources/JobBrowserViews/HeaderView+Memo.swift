import JobBrowser
import ModelArts
import Synchronization
import TerminalUI

extension HeaderView {
    /// Everything the two header rows read. A key that only moves the selection leaves them as they
    /// were, so they are copied from the last frame's instead of formatted again (the clock time alone
    /// was ~4% of a key's cost; docs/PERFORMANCE.md). Keep in step with `drawTitleBar`/`drawQueryBar`.
    struct Key: Equatable, Sendable {
        var sourceLabel: String
        var profileName: String?
        var isDemo: Bool
        var loadedAtMS: Int64?
        var showsAge: Bool
        /// Only while the age ticks; otherwise the header does not depend on the clock.
        var nowMS: Int64
        var utcOffsetSeconds: Int
        var filter: StatusFilter
        var search: String
        var sortField: SortField
        var sortOrder: SortOrder
        var shownPage: Int
        var pageCount: Int?
        var total: Int?
        var counting: Bool
        var options: ViewOptions
        var width: Int

        init(_ state: BrowserState, options: ViewOptions, width: Int) {
            sourceLabel = state.config.sourceLabel
            profileName = state.config.profileName
            isDemo = state.config.isDemo
            loadedAtMS = state.shownLoadedAtMS
            showsAge = state.showsUpdateAge
            nowMS = showsAge ? state.nowMS : 0
            utcOffsetSeconds = state.config.utcOffsetSeconds
            filter = state.filter
            search = state.search
            sortField = state.sortField
            sortOrder = state.sortOrder
            shownPage = state.shownPage
            pageCount = state.paging.pageCount
            total = state.paging.total
            counting = HeaderView.isCounting(state)
            self.options = options
            self.width = width
        }
    }

    private static let memo = Mutex<(key: Key, rows: [[Cell]])?>(nil)

    /// Draws both header rows, copying them from the last frame when their inputs are the same.
    static func drawMemoized(_ state: BrowserState, options: ViewOptions, into buffer: inout ScreenBuffer) {
        guard buffer.height >= 2 else { return draw(state, options: options, into: &buffer) }
        let key = Key(state, options: options, width: buffer.width)
        if let rows = memo.withLock({ $0?.key == key ? $0?.rows : nil }) {
            for (y, row) in rows.enumerated() { buffer.replaceRow(y, with: row) }
            return
        }
        draw(state, options: options, into: &buffer)
        let rows = [buffer.row(0), buffer.row(1)]
        memo.withLock { $0 = (key, rows) }
    }
}
