import JobBrowser
import ModelArts
import TerminalUI

/// The log view's title line: the job, the task (v2) or version and file (v1), and how much of the log a
/// truncated preview holds. Everything it shows is here, so the renderer draws it only when it changes.
struct LogTitleView: Equatable {
    var name: String
    var source: LogSource?
    var truncated: LogTruncation?
    var options: ViewOptions

    func draw(y: Int, into buffer: inout ScreenBuffer) {
        buffer.fill(y: y, role: .tableHeader)
        let sep = " " + options.glyphs.separator + " "
        var what = ""
        switch source {
        case .v2(_, let task): what = sep + "task " + task
        case .v1(_, let version, let file): what = sep + "version \(version)" + sep + file
        case nil: break
        }
        var note = ""
        if let truncated {
            note = sep + "last \(Self.megabytes(truncated.shown)) of \(Self.megabytes(truncated.full))"
        }
        let x = buffer.put(" Log" + sep, x: 0, y: y, role: .tableHeader)
        let room = buffer.width - x - DisplayWidth.of(what + note) - 1
        var used = x
        used += buffer.putServerText(
            TextFit.truncateEnd(name, to: max(1, room), ellipsis: options.glyphs.ellipsis), x: used, y: y,
            role: .tableHeader)
        used += buffer.putServerText(what, x: used, y: y, role: .tableHeader)
        buffer.put(note, x: used, y: y, role: .tableHeader)
    }

    /// `5.0 MB` (one decimal, 1 MB = 1,000,000 bytes, as the API counts), or `300 KB` below 1 MB.
    static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1_000_000 else { return "\((bytes + 500) / 1000) KB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
