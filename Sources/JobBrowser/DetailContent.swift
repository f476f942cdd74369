import JobPresentation
import ModelArts
import TerminalUI

/// The lines of the detail panel, wrapped to the panel's width: the reducer counts them to clamp
/// scrolling and the view draws them, so both always agree. Server text is made visible here
/// (wrapping must measure what is drawn); the view marks its placeholders.
public enum DetailContent {
    /// How a line looks; the view maps kinds to style roles.
    public enum Kind: Hashable, Sendable {
        case field, heading, dim, error, status(StatusGroup), raw
    }

    /// One line: a label (empty on continuation lines) and its text.
    public struct Line: Hashable, Sendable {
        public var label: String
        public var text: String
        public var kind: Kind

        public init(_ label: String, _ text: String, _ kind: Kind = .field) {
            self.label = label
            self.text = text
            self.kind = kind
        }
    }

    /// Cells kept for labels.
    public static let labelWidth = 13

    /// Every line of `panel` for values `valueWidth` cells wide (raw JSON lines get the label's room too).
    public static func lines(_ panel: DetailPanel, utcOffsetSeconds: Int, glyphs: Glyphs, valueWidth: Int) -> [Line] {
        if panel.showsRaw {
            guard let raw = panel.rawJSON else { return [Line("", "raw JSON not available for this job", .dim)] }
            return raw.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                let visible = SafeText.visible(escapingC1(String(line)))
                return TextWrap.lines(visible, width: valueWidth + labelWidth).map { Line("", $0, .raw) }
            }
        }
        let f = Formatter(utcOffsetSeconds: utcOffsetSeconds, glyphs: glyphs)
        if let fetch = panel.v2 { return v2Lines(panel, fetch: fetch, f).flatMap { wrap($0, width: valueWidth) } }
        var fields = jobFields(panel.job, f)
        fields.append(Line("", ""))
        fields += versionFields(panel.versions, f)
        return fields.flatMap { wrap($0, width: valueWidth) }
    }

    /// JSON leaves DEL and the C1 controls (U+0080...U+009F) unescaped; shown as their JSON escape
    /// (`\u009b`) they say exactly what the server sent, where a placeholder would hide it.
    static func escapingC1(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x7F...0x9F).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                out.append(contentsOf: "\\u00\(String(scalar.value, radix: 16))".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func wrap(_ line: Line, width: Int) -> [Line] {
        guard line.kind != .heading, !line.text.isEmpty else { return [line] }
        return TextWrap.lines(line.text, width: width).enumerated().map { i, part in
            Line(i == 0 ? line.label : "", part, line.kind)
        }
    }

    static func jobFields(_ job: TrainingJob, _ f: Formatter) -> [Line] {
        let status = f.glyph(job.status.group) + " " + SafeText.visible(job.status.word)
        let code = job.status.code.map { "code \($0) \(f.glyphs.separator) " } ?? ""
        return [
            Line("Name", SafeText.visible(job.name)),
            Line("Job ID", SafeText.visible(job.id.description)),
            Line("Version ID", String(job.versionID)),
            Line("Status", status + "  (" + code + SafeText.visible(job.status.name) + ")", .status(job.status.group)),
            Line("Created", f.exactTime(job.createTimeMS)),
            Line("Duration", f.exactDuration(job.durationMS)),
            Line("Versions", String(job.versionCount)),
            Line("Description", job.description.isEmpty ? f.none : SafeText.visible(job.description)),
        ]
    }

    static func versionFields(_ versions: DetailPanel.Versions, _ f: Formatter) -> [Line] {
        switch versions {
        case .loading:
            return [Line("", "Versions", .heading), Line("", "loading versions" + f.glyphs.ellipsis, .dim)]
        case .failed(let error):
            return [
                Line("", "Versions", .heading),
                Line("", "could not load versions: " + SafeText.visible(error.message), .error),
            ]
        case .loaded(let list):
            var lines = [Line("", "Versions (\(list.versions.count))", .heading)]
            if list.versions.isEmpty { lines.append(Line("", "no versions", .dim)) }
            for v in list.versions { lines += versionLines(v, f) }
            return lines
        }
    }

    static func versionLines(_ v: JobVersion, _ f: Formatter) -> [Line] {
        let name = SafeText.visible(v.versionName ?? "V\(v.versionID)")
        let status = v.status.map { f.glyph($0.group) + " " + SafeText.visible($0.word) } ?? f.none
        var lines = [
            Line("", ""),
            Line(name, status + "  (version id \(v.versionID))", v.status.map { .status($0.group) } ?? .field),
            Line("Engine", SafeText.visible([v.engineName, v.engineVersion].compactMap { $0 }.joined(separator: " "))),
            Line("Created", f.exactTime(v.createTimeMS ?? 0)),
            Line("Started", f.exactTime(v.startTimeMS ?? 0)),
            Line("Duration", f.exactDuration(v.durationMS ?? 0)),
            Line("Resources", resources(v, f)),
        ]
        if v.parameters.isEmpty { lines.append(Line("Parameters", f.none)) }
        for (i, p) in v.parameters.enumerated() {
            lines.append(Line(i == 0 ? "Parameters" : "", SafeText.visible(p.label.value + "=" + p.value.value)))
        }
        for (label, url) in [("Data URL", v.dataURL), ("Train URL", v.trainURL), ("Log URL", v.logURL)] {
            lines.append(Line(label, url.map(SafeText.visible) ?? f.none))
        }
        return lines.map { $0.text.isEmpty && !$0.label.isEmpty ? Line($0.label, f.none, $0.kind) : $0 }
    }

    /// `cpu 8 · gpu 1 × nvidia-v100 · 2 workers`, from whichever fields the server sent.
    static func resources(_ v: JobVersion, _ f: Formatter) -> String {
        var parts: [String] = []
        if let cpu = v.cpu?.value, !cpu.isEmpty { parts.append("cpu " + SafeText.visible(cpu)) }
        if let core = v.core?.value, !core.isEmpty { parts.append("cores " + SafeText.visible(core)) }
        if let n = v.gpuNum, n > 0 || v.gpu == true {
            parts.append("gpu \(n)" + (v.gpuType.map { " " + SafeText.visible($0) } ?? ""))
        } else if v.gpu == false {
            parts.append("no gpu")
        }
        if let w = v.workerServerNum { parts.append("\(w) worker" + (w == 1 ? "" : "s")) }
        return parts.isEmpty ? f.none : parts.joined(separator: " \(f.glyphs.separator) ")
    }

    /// Times and durations in full, with the glyphs of the terminal.
    struct Formatter {
        var utcOffsetSeconds: Int
        var glyphs: Glyphs
        var none: String { glyphs == .unicode ? "—" : "-" }

        func glyph(_ group: StatusGroup) -> String {
            switch group {
            case .queued: return glyphs.queued
            case .running: return glyphs.running
            case .succeeded: return glyphs.succeeded
            case .failed: return glyphs.failed
            case .stopping: return glyphs.stopping
            case .stopped: return glyphs.stopped
            case .unknown: return glyphs.unknown
            }
        }

        /// `2024-04-20 10:06:30.635 UTC+08:00  (epoch ms 1713578790635)`.
        func exactTime(_ ms: Int64) -> String {
            guard ms > 0 else { return none }
            let base = HumanFormat.dateTime(epochMS: ms, utcOffsetSeconds: utcOffsetSeconds, seconds: true)
            let millis = String(((ms % 1000) + 1000) % 1000)
            let sign = utcOffsetSeconds < 0 ? "-" : "+"
            let h = abs(utcOffsetSeconds) / 3600, m = abs(utcOffsetSeconds) % 3600 / 60
            let zone = "UTC\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
            return "\(base).\(String(repeating: "0", count: 3 - millis.count))\(millis) \(zone)  (epoch ms \(ms))"
        }

        /// `3h12m  (11520000 ms)`.
        func exactDuration(_ ms: Int64) -> String {
            guard ms > 0 else { return none }
            return HumanFormat.duration(ms: ms, ascii: glyphs != .unicode) + "  (\(ms) ms)"
        }
    }
}
