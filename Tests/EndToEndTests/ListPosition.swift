import Foundation
import TestSupport

/// What the browser's screen says about the list: the selected row and the list's length on the status
/// line (`row 40/301`), and the query's size at the end of the header's second line (`301 jobs`).
struct ListPosition {
    var row: Int
    var count: Int

    /// Rows below the selection. The demo is live and its new jobs arrive at the top of the default
    /// (newest first) order, so a selected job keeps this distance from the end while jobs arrive above it.
    var fromEnd: Int { count - row }

    /// Reads the status line of `screen`; nil while it is not drawn.
    init?(screen: String) {
        guard let line = screen.split(separator: "\n").last(where: { $0.hasPrefix(" row ") }) else { return nil }
        let parts = line.dropFirst(5).prefix { $0 != " " }.split(separator: "/")
        guard parts.count == 2, let row = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.row = row
        self.count = count
    }

    /// Whether the selection is on the job that was `row` when the list held `count` jobs, however many
    /// demo jobs arrived above it since (a fetch, even of another page, brings the new count and keeps the
    /// selection on its job, so its row number grows by the arrivals).
    func isRow(_ row: Int, of count: Int) -> Bool { fromEnd == count - row }

    /// The header's job count (`300 jobs`, `1 job`).
    static func totalJobs(_ screen: String) -> Int? {
        guard let line = screen.split(separator: "\n").dropFirst().first,
            let range = line.range(of: #"\d+ jobs? *$"#, options: .regularExpression)
        else { return nil }
        return Int(line[range].split(separator: " ").first ?? "")
    }
}

extension TmuxSession {
    /// Waits until the selection is on the job that was `row` when the list held `count` jobs
    /// (`ListPosition.isRow`).
    @discardableResult
    func waitForRow(_ row: Int, of count: Int, timeoutSeconds: Double = 30) async throws -> String {
        try await waitFor(timeoutSeconds: timeoutSeconds, "row \(row) of \(count) (or the same job after arrivals)") {
            ListPosition(screen: $0)?.isRow(row, of: count) == true
        }
    }
}
