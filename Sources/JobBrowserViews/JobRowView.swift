import JobBrowser
import JobPresentation
import ModelArts
import TerminalUI

/// One job's line in the table: the cells of each placed column, in reverse video when selected.
///
/// Holds everything the line shows, so equal rows draw the same cells (`FrameRenderer` copies a
/// line it drew from an equal row instead of formatting it again). Drawing reads nothing else.
struct JobRowView: Equatable {
    var job: TrainingJob
    var selected: Bool
    var columns: [PlacedColumn]
    var options: ViewOptions
    var utcOffsetSeconds: Int
    /// Shown instead of the job's own status while a stop or delete is under way; nil: the job's own.
    var statusOverride: JobStatus? = nil

    /// Draws the row on line `y`, which must be blank.
    func draw(y: Int, into buffer: inout ScreenBuffer) {
        let base: StyleRole = selected ? .selectedRow : .normal
        if selected {
            buffer.fill(y: y, role: .selectedRow)
            // A marker as well as reverse video, so the selection reads in a text capture too.
            buffer.put(options.unicode ? "›" : ">", x: 0, y: y, role: .selectedRow)
        }
        let ellipsis = options.glyphs.ellipsis
        for placed in columns {
            let w = placed.width
            var text: String
            var role = base
            switch placed.column {
            case .name:
                text = TextFit.truncateMiddle(SafeText.visible(job.name), to: w, ellipsis: ellipsis)
            case .status:
                let status = statusOverride ?? job.status
                text = options.statusGlyph(status.group) + " " + SafeText.visible(status.word)
                if !selected { role = status.group.role }
            case .created:
                text = HumanFormat.dateTime(
                    epochMS: job.createTimeMS, utcOffsetSeconds: utcOffsetSeconds, ascii: !options.unicode)
                if !selected { role = .dim }
            case .duration:
                text = HumanFormat.duration(ms: job.durationMS, ascii: !options.unicode)
            case .versions:
                text = String(job.versionCount)
            case .description:
                text = SafeText.visible(job.description)
                if !selected { role = .dim }
            case .id:
                text = job.shortID
                if !selected { role = .dim }
            case .nodes:
                text = SafeText.visible(job.v2?.compactNodesAndFlavor ?? (options.unicode ? "—" : "-"))
            case .algorithm:
                text = SafeText.visible(job.v2?.algorithmOrImage ?? (options.unicode ? "—" : "-"))
                if !selected { role = .dim }
            }
            text = TextFit.truncateEnd(text, to: w, ellipsis: ellipsis)
            if placed.column.alignsRight { text = TextFit.padLeft(text, to: w) }
            // Server text: the placeholders of control characters get their own role.
            buffer.putServerText(text, x: placed.x, y: y, role: role, maxWidth: w)
        }
    }
}
