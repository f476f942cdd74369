import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// The two header rows: product, data source and last update; then filter chips, sort and page.
///
/// Holds exactly what the rows show, so two equal headers draw the same cells: `FrameRenderer` keeps
/// the last one and redraws the rows only when the header differs (formatting the clock time alone was
/// ~4% of a key's cost; docs/PERFORMANCE.md). Drawing reads nothing but these fields.
struct HeaderView: Equatable {
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
    var total: Int?
    var counting: Bool
    /// The API the table shows (the title bar always names it).
    var api: APIVersion
    /// True when a v2 list is sorted here from every matching job (the query bar says so).
    var sortsLocally: Bool
    var options: ViewOptions

    init(_ state: BrowserState, options: ViewOptions) {
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
        total = state.paging.total
        counting = Self.isCounting(state)
        api = state.api
        sortsLocally = state.sortsLocally
        self.options = options
    }

    /// The active filters as (label, value) chips, e.g. ("status", "Failed"), ("name", "resnet").
    static func chips(filter: StatusFilter, search: String) -> [(String, String)] {
        var chips: [(String, String)] = []
        if let status = filter.chipText { chips.append(("status", status)) }
        if !search.isEmpty { chips.append(("name", SafeText.visible(search))) }
        return chips
    }

    /// The chips as the status line and the empty table show them: `[status: Failed] [name: resnet]`.
    static func chipText(_ state: BrowserState) -> String {
        chips(filter: state.filter, search: state.search).map { "[\($0.0): \($0.1)]" }.joined(separator: " ")
    }

    /// Where the data comes from, led by the profile in use when one was chosen ("live · host · a1b2c3d4").
    var sourceText: String { (profileName.map { $0 + " · " } ?? "") + sourceLabel }

    /// True while the total is unknown because a page is on its way ("counting…"); after a failure
    /// nothing is counting, so the header shows "? jobs".
    static func isCounting(_ state: BrowserState) -> Bool {
        state.paging.total == nil && (state.phase == .loading || state.phase == .idle)
    }

    /// Draws both rows (0 and 1) over whatever they held.
    func draw(into buffer: inout ScreenBuffer) {
        drawTitleBar(into: &buffer)
        drawQueryBar(into: &buffer)
    }

    func drawTitleBar(into buffer: inout ScreenBuffer) {
        buffer.fill(y: 0, role: .headerInfo)
        var x = buffer.put(" majobs ", x: 0, y: 0, role: .title)
        x += 1
        // The short form below 100 columns keeps room for the source and the update time.
        let title = buffer.width >= 100 ? APILists.title(api) : APILists.shortTitle(api)
        x += buffer.put(" " + title + " ", x: x, y: 0, role: .headerInfo, maxWidth: buffer.width / 3)
        let source = " " + SafeText.visible(sourceText) + " "
        x += buffer.put(source, x: x, y: 0, role: isDemo ? .demoBadge : .headerInfo, maxWidth: buffer.width / 2)
        let updated: String
        if let at = loadedAtMS, showsAge {
            // Refreshing by itself: the age, ticking each second (only then does anything tick).
            updated = "updated " + RefreshSchedule.ageText(nowMS - at) + " ago "
        } else if let at = loadedAtMS {
            updated = "updated " + HumanFormat.clock(epochMS: at, utcOffsetSeconds: utcOffsetSeconds) + " "
        } else {
            updated = "not loaded yet "
        }
        let right = buffer.width - DisplayWidth.of(updated)
        if right > x + 1 { buffer.put(updated, x: right, y: 0, role: .headerInfo) }
    }

    func drawQueryBar(into buffer: inout ScreenBuffer) {
        let y = 1
        // The query's size: the table is one list over it (server pages are a transport detail).
        let pageText: String = {
            let sep = " " + options.glyphs.separator + " "
            if let total, sortsLocally { return "sorted locally" + sep + Self.grouped(total) + " jobs " }
            if let total { return "\(total) job" + (total == 1 ? "" : "s") + " " }
            return (counting ? "counting" + options.glyphs.ellipsis : "? jobs") + " "
        }()
        let right = buffer.width - DisplayWidth.of(pageText)
        buffer.put(pageText, x: max(0, right), y: y, role: .emphasis)
        let limit = max(0, right - 2)
        var x = 1
        let chips = Self.chips(filter: filter, search: search)
        if chips.isEmpty {
            x += buffer.put("all jobs", x: x, y: y, role: .dim, maxWidth: max(0, limit - x))
        }
        for (label, value) in chips {
            let text = "[\(label): " + TextFit.truncateEnd(value, to: 24, ellipsis: options.glyphs.ellipsis) + "]"
            guard x + DisplayWidth.of(text) <= limit else { break }
            x += buffer.put(text, x: x, y: y, role: .chip) + 1
        }
        // The field's full word: `desc` (description) next to an arrow reads as "descending".
        let field = sortField == .description ? "description" : sortField.shortName
        let sortText = "sort: " + field + " " + options.arrow(sortOrder)
        if x + 2 + DisplayWidth.of(sortText) <= limit {
            x += 2
            x += buffer.put("sort: ", x: x, y: y, role: .dim)
            buffer.put(field + " " + options.arrow(sortOrder), x: x, y: y, role: .emphasis)
        }
    }

    /// `1,234`: a local sort's count, read at a glance.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
