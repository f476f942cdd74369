import JobBrowser
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
        let source = " " + SafeText.visible(state.config.sourceLabel) + " "
        x += buffer.put(source, x: x, y: 0, role: state.config.isDemo ? .demoBadge : .headerInfo,
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

    static func drawQueryBar(_ state: BrowserState, options: ViewOptions, into buffer: inout ScreenBuffer) {
        let y = 1
        let sep = " " + options.glyphs.separator + " "
        let pageText: String = {
            let total = state.paging.total
            let pages = state.paging.pageCount.map(String.init) ?? "?"
            let jobs = total.map { "\($0) job" + ($0 == 1 ? "" : "s") } ?? "counting" + options.glyphs.ellipsis
            return "page \(state.paging.page)/\(pages)" + sep + jobs + " "
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
        let sortText = "sort: " + state.sortField.shortName + " " + options.arrow(state.sortOrder)
        if x + 2 + DisplayWidth.of(sortText) <= limit {
            x += 2
            x += buffer.put("sort: ", x: x, y: y, role: .dim)
            buffer.put(state.sortField.shortName + " " + options.arrow(state.sortOrder), x: x, y: y, role: .emphasis)
        }
    }
}
