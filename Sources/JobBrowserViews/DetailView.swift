import JobBrowser
import ModelArts
import TerminalUI

/// Every field of one job with exact times, then its versions once they arrive.
enum DetailView {
    typealias Line = (label: String, value: String, role: StyleRole)

    static func draw(
        _ panel: DetailPanel, state: BrowserState, layout: BrowserLayout, options: ViewOptions,
        into buffer: inout ScreenBuffer
    ) {
        let width = min(100, buffer.width - 2)
        let labelWidth = 13
        let valueWidth = max(10, width - 4 - labelWidth)
        var lines: [Line] = []
        for field in fields(panel.job, state: state, options: options) {
            let wrapped = TextWrap.lines(field.value, width: valueWidth)
            for (i, part) in wrapped.enumerated() {
                lines.append((i == 0 ? field.label : "", part, field.role))
            }
        }
        lines.append(("", "", .overlay))
        lines += versionLines(panel.versions, state: state, options: options, width: width - 4)
        let box = OverlayBox.centred(width: width, height: lines.count + 2, in: buffer, top: layout.tableHeaderRow,
                                     bottom: layout.statusRow)
        let title = TextFit.truncateMiddle(SafeText.visible(panel.job.name), to: max(4, width - 16),
                                           ellipsis: options.glyphs.ellipsis)
        box.draw(title: title, footer: lines.count > box.innerHeight ? "more below" : nil, options: options,
                 into: &buffer)
        for (i, line) in lines.prefix(box.innerHeight).enumerated() {
            let y = box.contentY + i
            buffer.put(line.label, x: box.contentX, y: y, role: .dim, maxWidth: labelWidth)
            let x = line.label.isEmpty && line.role == .emphasis ? box.contentX : box.contentX + labelWidth
            buffer.put(line.value, x: x, y: y, role: line.role, maxWidth: box.x + box.width - 2 - x)
        }
    }

    static func fields(_ job: TrainingJob, state: BrowserState, options: ViewOptions) -> [Line] {
        let offset = state.config.utcOffsetSeconds
        let status = options.statusGlyph(job.status.group) + " " + SafeText.visible(job.status.word)
        let code = job.status.code.map { "code \($0) \(options.glyphs.separator) " } ?? ""
        return [
            ("Name", SafeText.visible(job.name), .overlay),
            ("Job ID", SafeText.visible(job.id.description), .overlay),
            ("Version ID", String(job.versionID), .overlay),
            ("Status", status + "  (" + code + SafeText.visible(job.status.name) + ")", job.status.group.role),
            ("Created", exactTime(job.createTimeMS, utcOffsetSeconds: offset, options: options), .overlay),
            ("Duration", exactDuration(job.durationMS, options: options), .overlay),
            ("Versions", String(job.versionCount), .overlay),
            ("Description", job.description.isEmpty ? options.none : SafeText.visible(job.description), .overlay),
        ]
    }

    /// `2024-04-20 10:06:30.635 UTC+08:00 (1713578790635)`.
    static func exactTime(_ ms: Int64, utcOffsetSeconds: Int, options: ViewOptions) -> String {
        guard ms > 0 else { return options.none }
        let base = HumanFormat.dateTime(epochMS: ms, utcOffsetSeconds: utcOffsetSeconds, seconds: true)
        let millis = String(((ms % 1000) + 1000) % 1000)
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let h = abs(utcOffsetSeconds) / 3600, m = abs(utcOffsetSeconds) % 3600 / 60
        let zone = "UTC\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
        return "\(base).\(String(repeating: "0", count: 3 - millis.count))\(millis) \(zone)  (epoch ms \(ms))"
    }

    /// `3h12m (11520000 ms)`.
    static func exactDuration(_ ms: Int64, options: ViewOptions) -> String {
        guard ms > 0 else { return options.none }
        return HumanFormat.duration(ms: ms, ascii: !options.unicode) + "  (\(ms) ms)"
    }

    static func versionLines(_ versions: DetailPanel.Versions, state: BrowserState, options: ViewOptions,
                             width: Int) -> [Line] {
        switch versions {
        case .loading:
            return [("", "Versions", .emphasis), ("", "loading" + options.glyphs.ellipsis, .dim)]
        case .failed(let error):
            return [("", "Versions", .emphasis), ("", SafeText.visible(error.message), .error)]
        case .loaded(let list):
            var lines: [Line] = [("", "Versions (\(list.versions.count))", .emphasis)]
            let statusWidth = list.versions.map { 2 + DisplayWidth.of($0.status?.word ?? "") }.max() ?? 0
            for v in list.versions {
                let name = SafeText.visible(v.versionName ?? "V\(v.versionID)")
                let status = v.status.map { options.statusGlyph($0.group) + " " + $0.word } ?? options.none
                let created = HumanFormat.dateTime(epochMS: v.createTimeMS ?? 0,
                                                   utcOffsetSeconds: state.config.utcOffsetSeconds,
                                                   ascii: !options.unicode)
                let duration = HumanFormat.duration(ms: v.durationMS ?? 0, ascii: !options.unicode)
                let engine = SafeText.visible([v.engineName, v.engineVersion].compactMap { $0 }.joined(separator: " "))
                let text = TextFit.padRight(name, to: 8) + " " + TextFit.padRight(status, to: statusWidth) + "  "
                    + created + "  " + TextFit.padLeft(duration, to: 6) + "  " + engine
                lines.append((String(v.versionID), text, v.status?.group.role ?? .overlay))
            }
            return lines
        }
    }
}
