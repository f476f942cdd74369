import TerminalUI

/// A table line for a row whose page has not arrived yet: the reducer has asked for it, and the
/// line turns into the job once it is there. Prefetching keeps it off screen when the server is prompt.
struct LoadingRowView: Equatable {
    var selected: Bool
    var options: ViewOptions

    /// Draws the placeholder on line `y`, which must be blank.
    func draw(y: Int, into buffer: inout ScreenBuffer) {
        if selected {
            buffer.fill(y: y, role: .selectedRow)
            buffer.put(options.unicode ? "›" : ">", x: 0, y: y, role: .selectedRow)
        }
        buffer.put("loading" + options.glyphs.ellipsis, x: 1, y: y, role: selected ? .selectedRow : .dim)
    }
}
