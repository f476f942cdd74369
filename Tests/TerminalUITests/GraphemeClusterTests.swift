import Testing
import TerminalUI

/// Extended grapheme clusters (emoji ZWJ sequences, flags, keycaps, combining marks) stay whole from
/// server text to the terminal: one cell group of the right width, never split, never leaking.
@Suite("Grapheme clusters")
struct GraphemeClusterTests {
    static let family: Character = "👩\u{200D}👩\u{200D}👧\u{200D}👦"
    static let flag: Character = "🇨🇳"
    /// The hostile job 9008's name (`HostileJobs`).
    static let hostileName = "🚀👩\u{200D}👩\u{200D}👧\u{200D}👦 emoji 🇨🇳"

    @Test("each cluster has its display width: ZWJ family 2, flag 2, keycap 2, accented letter 1")
    func clusterWidths() {
        #expect(DisplayWidth.of(Self.family) == 2)
        #expect(DisplayWidth.of(Self.flag) == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
        #expect(DisplayWidth.of("e\u{0301}" as Character) == 1)
        #expect(Self.hostileName.count == 10)
        #expect(DisplayWidth.of(Self.hostileName) == 2 + 2 + 1 + 5 + 1 + 2)
    }

    @Test("SafeText keeps a ZWJ inside an emoji sequence and still neutralises bidi controls")
    func safeTextKeepsJoiner() {
        #expect(SafeText.visible(Self.hostileName) == Self.hostileName)
        let mixed = SafeText.visible("a\u{202E}b\u{2066}c" + Self.hostileName)
        #expect(
            !mixed.unicodeScalars.contains {
                (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            })
        #expect(mixed.hasSuffix(Self.hostileName))
    }

    @Test("truncation at every width cuts between clusters, never inside one")
    func truncationKeepsClusters() {
        let clusters = Set(Self.hostileName)
        for width in 0...16 {
            for cut in [
                TextFit.truncateEnd(Self.hostileName, to: width),
                TextFit.truncateMiddle(Self.hostileName, to: width),
                TextFit.padRight(Self.hostileName, to: width),
            ] {
                #expect(DisplayWidth.of(cut) <= width, "\(width): \(cut)")
                for g in cut where g != "…" && g != " " {
                    #expect(clusters.contains(g), "width \(width) split a cluster: \(g.unicodeScalars.map(\.value))")
                }
            }
        }
        #expect(TextFit.truncateEnd(Self.hostileName, to: 4) == "🚀…")
        #expect(TextFit.truncateEnd(Self.hostileName, to: 5) == "🚀\(Self.family)…")
    }

    @Test("the buffer holds each cluster in one cell plus a continuation, and nothing zero-width")
    func bufferCells() {
        var b = ScreenBuffer(width: 20, height: 2)
        let used = b.putServerText(Self.hostileName, x: 0, y: 0, role: .normal)
        #expect(used == 13)
        #expect(b[2, 0] == Cell("👩\u{200D}👩\u{200D}👧\u{200D}👦"))
        #expect(b[3, 0].isContinuation)
        #expect(b[11, 0].grapheme == Self.flag && b[12, 0].isContinuation)
        #expect(b.rowText(0).hasPrefix(Self.hostileName))
        for x in 0..<20 where !b[x, 0].isContinuation {
            #expect(DisplayWidth.of(b[x, 0].grapheme) > 0, "a zero-width cell at \(x)")
        }
        // Cut by the width limit in the flag: a blank, never half a cluster.
        var c = ScreenBuffer(width: 20, height: 1)
        #expect(c.put(Self.hostileName, x: 0, y: 0, role: .normal, maxWidth: 12) == 12)
        #expect(c.rowText(0).hasPrefix("🚀\(Self.family) emoji  "))
    }

    @Test("curses cells never hold a joiner; joined clusters are recognised and written whole")
    func cursesCells() {
        #expect(FrameDiff.cellScalars(Self.family) == ["\u{1F469}"])
        #expect(FrameDiff.cellScalars("h\u{200D}") == ["h"])
        #expect(FrameDiff.cellScalars("1\u{FE0F}\u{20E3}") == ["1", "\u{FE0F}", "\u{20E3}"])
        #expect(FrameDiff.isJoinedCluster(Self.family))
        #expect(FrameDiff.isJoinedCluster(Self.flag))
        #expect(!FrameDiff.isJoinedCluster("👍🏽"))
        #expect(!FrameDiff.isJoinedCluster("e\u{0301}"))
        #expect(!FrameDiff.isJoinedCluster("1\u{FE0F}\u{20E3}"))
        #expect(!FrameDiff.isJoinedCluster("a"))
        #expect(FrameDiff.secondCellScalar(Self.flag) == "\u{1F1F3}")
        #expect(FrameDiff.secondCellScalar(Self.family) == " ")
        let update = CellUpdate(x: 4, y: 2, grapheme: Self.family, role: .selectedRow, width: 2)
        let bytes = FrameDiff.directWrite(update, style: CellStyle(foreground: .red, reverse: true), color: true)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}7\u{1B}[3;5H\u{1B}[0;7;31m\(Self.family)\u{1B}8")
        #expect(
            FrameDiff.directWrite(
                CellUpdate(x: 0, y: 0, grapheme: "a", role: .normal, width: 1),
                style: .plain, color: false
            ).isEmpty)
    }

    @Test("the hostile name through SafeText, ScreenBuffer and frames into a fake terminal: whole, no strays")
    func hostileNameThroughFakeTerminal() {
        let size = Size(width: 40, height: 4)
        var list = ScreenBuffer(size: size)
        list.putServerText(Self.hostileName, x: 1, y: 0, role: .normal)
        list.put("▶ Running", x: 16, y: 0, role: .normal)
        list.put("below-row", x: 1, y: 1, role: .normal)
        list.put("✓ Completed", x: 16, y: 1, role: .normal)
        // A detail overlay covers both rows, then closes again.
        var detail = list
        detail.fill(x: 0, y: 0, width: 30, height: 3, role: .normal)
        // The detail panel shows the name one row lower and further right, in the same style as the
        // blanks the list has there: curses must still see those cells change back.
        detail.putServerText(Self.hostileName, x: 9, y: 1, role: .normal)
        let terminal = FakeTerminal(size: size)
        // The panel first opens one row lower (its versions still loading), then moves up a row.
        var opening = list
        opening.fill(x: 0, y: 0, width: 30, height: 3, role: .normal)
        opening.putServerText(Self.hostileName, x: 14, y: 2, role: .normal)
        var previous: ScreenBuffer?
        for frame in [list, opening, detail, list] {
            terminal.present(frame, after: previous)
            previous = frame
        }
        #expect(terminal.rowText(0).hasPrefix(" \(Self.hostileName)  ▶ Running"), "\(terminal.rowText(0))")
        #expect(terminal.rowText(1) == list.rowText(1), "\(terminal.rowText(1))")
        #expect(!terminal.rowText(1).unicodeScalars.contains { $0.value == 0x200D })
        #expect(terminal.cellsEqual(list), "\((0..<4).map(terminal.rowText))")
    }
}

/// A terminal behind curses, as `NcursesTerminal.present` drives it: curses keeps its own copy of
/// the screen (`cellScalars` per cell) and sends a cell only when that copy changes; then the joined
/// clusters on touched rows are written straight to the screen.
final class FakeTerminal {
    private var curses: [[String]]
    private(set) var screen: [[String]]

    init(size: Size) {
        screen = Array(repeating: Array(repeating: " ", count: size.width), count: size.height)
        curses = screen.map { $0.map { $0 + "\u{0}\(StyleRole.normal)" } }
    }

    func present(_ buffer: ScreenBuffer, after previous: ScreenBuffer?) {
        var touched = Set<Int>()
        for update in FrameDiff.updates(from: previous, to: buffer) {
            touched.insert(update.y)
            // As `NcursesTerminal.draw`: the cell's scalars, and a blank after a character curses
            // draws narrower than the cell.
            let scalars = FrameDiff.cellScalars(update.grapheme)
            let drawn = min(update.width, max(1, Self.wcwidth(scalars[0])))
            send(String(String.UnicodeScalarView(scalars)), width: drawn, x: update.x, y: update.y, role: update.role)
            if drawn < update.width {
                let second = String(FrameDiff.secondCellScalar(update.grapheme))
                send(second, width: 1, x: update.x + 1, y: update.y, role: update.role)
            }
        }
        for cluster in FrameDiff.joinedClusters(in: buffer, rows: touched.sorted()) {
            let text = String(decoding: FrameDiff.directWrite(cluster, style: .plain, color: false), as: UTF8.self)
            // ESC 7, ESC [ y ; x H, ESC [ ... m, the cluster, ESC 8.
            guard let m = text.firstIndex(of: "m"), text.hasSuffix("\u{1B}8") else { continue }
            let (y, x) = Self.position(text)
            let drawn = String(text[text.index(after: m)...].dropLast(2))
            if let flag = Self.flagLetters(drawn) {
                // tmux 3.3 draws a flag as its two letters, one cell each.
                Self.put(flag.0, width: 1, x: x, y: y, in: &screen)
                Self.put(flag.1, width: 1, x: x + 1, y: y, in: &screen)
            } else {
                Self.put(drawn, width: 2, x: x, y: y, in: &screen)
            }
        }
    }

    /// glibc's `wcwidth` where it differs from `DisplayWidth`: a lone regional indicator is one cell.
    private static func wcwidth(_ s: Unicode.Scalar) -> Int {
        (0x1F1E6...0x1F1FF).contains(s.value) ? 1 : DisplayWidth.of(s)
    }

    /// A flag's two regional-indicator letters, or nil.
    private static func flagLetters(_ text: String) -> (String, String)? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) else { return nil }
        return (String(scalars[0]), String(scalars[1]))
    }

    /// What curses does with one cell: compares it with its copy (text and attributes; a wide
    /// character also owns the next cell) and sends it to the screen only if it changed.
    private func send(_ text: String, width: Int, x: Int, y: Int, role: StyleRole) {
        let styled = text + "\u{0}\(role)"
        let claimsNext = width == 2 && x + 1 < curses[y].count && !curses[y][x + 1].isEmpty
        guard curses[y][x] != styled || claimsNext else { return }
        Self.put(styled, width: width, x: x, y: y, in: &curses)
        Self.put(text, width: width, x: x, y: y, in: &screen)
    }

    /// Puts `text` at (x, y) the way a terminal does: overwriting half of a wide character clears it.
    private static func put(_ text: String, width: Int, x: Int, y: Int, in grid: inout [[String]]) {
        if grid[y][x].isEmpty, x > 0 { grid[y][x - 1] = " " }
        let end = x + width
        if end < grid[y].count, grid[y][end].isEmpty { grid[y][end] = " " }
        grid[y][x] = text
        if width == 2 { grid[y][x + 1] = "" }
    }

    /// The row and column of `ESC 7 ESC [ row ; col H`, zero-based.
    private static func position(_ text: String) -> (Int, Int) {
        let afterCSI = text.dropFirst(4)  // ESC 7 ESC [
        let numbers = afterCSI.prefix { $0 != "H" }.split(separator: ";").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0] - 1, numbers[1] - 1) : (0, 0)
    }

    func rowText(_ y: Int) -> String { screen[y].joined() }

    /// Whether every cell shows what `buffer` holds there.
    func cellsEqual(_ buffer: ScreenBuffer) -> Bool {
        (0..<buffer.height).allSatisfy { rowText($0) == buffer.rowText($0) }
    }
}
