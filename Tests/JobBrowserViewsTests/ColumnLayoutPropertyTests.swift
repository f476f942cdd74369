@testable import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// The table layout over every terminal width: columns drop in priority order before NAME shrinks,
/// and a wider terminal never gives NAME fewer cells.
@Suite("Column layout properties")
struct ColumnLayoutPropertyTests {
    static let pages: [(String, [TrainingJob])] = [
        ("plain", SampleJobs.plain(20)), ("awkward names", SampleJobs.awkwardNames()),
        ("every status", SampleJobs.everyStatus()), ("empty", []),
    ]

    /// The optional columns in the order they join as the terminal widens.
    static let joinOrder = Array(TableColumn.dropOrder.reversed())

    @Test("over widths 60...200 NAME never narrows, optional columns join in priority order after NAME is full")
    func monotonicAndDropOrder() throws {
        for (label, rows) in Self.pages {
            var previousName = 0
            var previousShown = 0
            var nameWhenFull: Int?
            for width in 60...200 {
                let placed = ColumnLayout.place(width: width, rows: rows, sortField: .created, options: ViewOptions())
                let name = try #require(placed.first { $0.column == .name }, "\(label) \(width)")
                let optional = placed.map(\.column).filter { Self.joinOrder.contains($0) }
                // Shown optional columns are always a prefix of the join order (description goes first, ...).
                let shown = Self.joinOrder.filter(optional.contains)
                #expect(Array(Self.joinOrder.prefix(shown.count)) == shown, "\(label) at \(width): \(optional)")
                #expect(shown.count >= previousShown, "\(label) at \(width): a column vanished as the terminal widened")
                #expect(name.width >= previousName, "\(label) at \(width): NAME \(name.width) < \(previousName)")
                if !shown.isEmpty {
                    // An optional column is shown only when NAME has at least its natural width.
                    let natural = ColumnLayout.nameWidth(
                        natural: ColumnLayout.naturalWidths(rows: rows, sortField: .created, options: ViewOptions())[
                            .name]
                            ?? 0)
                    #expect(name.width >= natural, "\(label) at \(width): NAME \(name.width) < natural \(natural)")
                    nameWhenFull = nameWhenFull ?? name.width
                }
                // Everything fits inside the margins.
                let last = try #require(placed.last)
                #expect(last.x + last.width <= width - ColumnLayout.margin, "\(label) at \(width)")
                previousName = name.width
                previousShown = shown.count
            }
            #expect(nameWhenFull != nil, "\(label): some width in 60...200 shows an optional column")
            #expect(previousShown == Self.joinOrder.count, "\(label): every column shows at 200")
        }
    }

    @Test("STATUS has the same width on every page of documented statuses")
    func statusWidthIsFixed() {
        let widths = Set(
            Self.pages.map { _, rows in
                ColumnLayout.place(width: 120, rows: rows, sortField: .created, options: ViewOptions())
                    .first { $0.column == .status }?.width
            })
        #expect(widths == [ColumnLayout.statusWidth], "\(widths)")
    }

    @Test("NAME keeps its width across pages whose longest names differ by a cell or two")
    func nameStableAcrossPages() {
        func job(_ name: String) -> TrainingJob {
            var job = SampleJobs.plain(1)[0]
            job.name = name
            return job
        }
        let a = ColumnLayout.place(
            width: 120, rows: [job(String(repeating: "a", count: 29))], sortField: .created,
            options: ViewOptions())
        let b = ColumnLayout.place(
            width: 120, rows: [job(String(repeating: "b", count: 31))], sortField: .created,
            options: ViewOptions())
        #expect(a.first?.width == b.first?.width)
        #expect(a.first?.width == 32)
    }
}
