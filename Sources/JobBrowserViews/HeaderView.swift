import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// The two header rows: product, data source and last update; then filter chips, sort and page.
enum HeaderView {
    /// The active filters as (label, value) chips, e.g. ("status", "Failed"), ("name", "resnet").
    static func chips(_ state: BrowserState) -> [(String, String)] {
        var chips: [(String, String)] = []
        if let status = state.filter.chipText { chips.append(("status", status)) }
        if !state.search.isEmpty { chips.append(("name", SafeText.visible(state.search))) }
        return chips
    }

    static func draw(_ state: BrowserState, options: ViewOptions, into buffer: inout ScreenBuffer) {
        drawTitleBar(state, options: options, into: &buffer)
        drawQueryBar(state, options: options, into: &buffer)
    }

    static func drawTitleBar(_ state: BrowserState, options: ViewOptions, into buffer: inout ScreenBuffer) {
        buffer.fill(y: 0, role: .headerInfo)
        var x = buffer.put(" majobs ", x: 0, y: 0, role: .title)
        x += 1
        let source = " " + SafeText.visible(sourceText(state)) + " "
        x += buffer.put(
            source, x: x, y: 0, role: state.config.isDemo ? .demoBadge : .headerInfo,
            maxWidth: buffer.width / 2)
        let updated: String
        if let at = state.shownLoadedAtMS, state.showsUpdateAge {
            // Refreshing by itself: the age, ticking each second (only then does anything tick).
            updated = "updated " + RefreshSchedule.ageText(state.nowMS - at) + " ago "
        } else if let at = state.shownLoadedAtMS {
            updated = "updated " + HumanFormat.clock(epochMS: at, utcOffsetSeconds: state.config.utcOffsetSeconds) + " "
        } else {
            updated = "not loaded yet "
        }
        let right = buffer.width - DisplayWidth.of(updated)
        if right > x + 1 { buffer.put(updated, x: right, y: 0, role: .headerInfo) }
    }

    /// Where the data comes from, led by the profile in use when one was chosen ("live · host · a1b2c3d4").
    static func sourceText(_ state: BrowserState) -> String {
        (state.config.profileName.map { $0 + " · " } ?? "") + state.config.sourceLabel
    }

    /// True while the total is unknown because a page is on its way ("counting…"); after a failure
    /// nothing is counting, so the header shows just "page 1/?".
    static func isCounting(_ state: BrowserState) -> Bool {
        state.paging.total == nil && (state.phase == .loading || state.phase == .idle)
    }

    static func drawQueryBar(_ state: BrowserState, options: ViewOptions, into buffer: inout ScreenBuffer) {
        let y = 1
        let sep = " " + options.glyphs.separator + " "
        let pageText: String = {
            let total = state.paging.total
            let pages = state.paging.pageCount.map(String.init) ?? "?"
            // The page of the rows on screen: while another page loads (or after it failed) the header
            // keeps describing the rows, and the status line says which page is wanted.
            let page = "page \(state.shownPage)/\(pages)"
            if let total { return page + sep + "\(total) job" + (total == 1 ? "" : "s") + " " }
            return page + (isCounting(state) ? sep + "counting" + options.glyphs.ellipsis : "") + " "
        }()
        let right = buffer.width - DisplayWidth.of(pageText)
        buffer.put(pageText, x: max(0, right), y: y, role: .emphasis)
        let limit = max(0, right - 2)
        var x = 1
        let chips = chips(state)
        if chips.isEmpty {
            x += buffer.put("all jobs", x: x, y: y, role: .dim, maxWidth: max(0, limit - x))
        }
        for (label, value) in chips {
            let text = "[\(label): " + TextFit.truncateEnd(value, to: 24, ellipsis: options.glyphs.ellipsis) + "]"
            guard x + DisplayWidth.of(text) <= limit else { break }
            x += buffer.put(text, x: x, y: y, role: .chip) + 1
        }
        // The field's full word: `desc` (description) next to an arrow reads as "descending".
        let field = state.sortField == .description ? "description" : state.sortField.shortName
        let sortText = "sort: " + field + " " + options.arrow(state.sortOrder)
        if x + 2 + DisplayWidth.of(sortText) <= limit {
            x += 2
            x += buffer.put("sort: ", x: x, y: y, role: .dim)
            buffer.put(field + " " + options.arrow(state.sortOrder), x: x, y: y, role: .emphasis)
        }
    }
}
