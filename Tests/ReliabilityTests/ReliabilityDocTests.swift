import Foundation
import Testing
import TestSupport

/// `docs/RELIABILITY.md` and the tests agree: every case id a test (or the soak script) names has a
/// row with a result, every row points at a file that exists, and every row located in this target
/// or the soak script names an id that a test really carries.
@Suite("RELIABILITY.md")
struct ReliabilityDocTests {
    struct Row {
        var id: String
        var location: String
        var result: String
    }

    static let root = ProductBinary.packageRoot

    /// `| F01 | case | where | result |` rows.
    static func rows() throws -> [Row] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/RELIABILITY.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6, cells[1].wholeMatch(of: /[A-Z][0-9]{2}/) != nil else { return nil }
            return Row(id: cells[1], location: cells[3].replacingOccurrences(of: "`", with: ""), result: cells[4])
        }
    }

    /// Ids the tests carry: string literals starting `"X01 ` or `caseID: "X01"`, and `K01` in the soak script.
    static func testIDs() throws -> Set<String> {
        let dir = root.appendingPathComponent("Tests/ReliabilityTests")
        var sources = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".swift") }
            .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        sources.append(try String(contentsOf: root.appendingPathComponent("scripts/soak/run"), encoding: .utf8))
        var ids = Set<String>()
        for source in sources {
            for m in source.matches(of: /"([A-Z][0-9]{2}) |caseID: "([A-Z][0-9]{2})"|# ([A-Z][0-9]{2}) soak/) {
                if let id = m.output.1 ?? m.output.2 ?? m.output.3 { ids.insert(String(id)) }
            }
        }
        return ids
    }

    @Test("D01 every tested case has a row with a result, and every row has a test or an existing file")
    func docMatchesTests() throws {
        let rows = try Self.rows()
        let ids = try Self.testIDs()
        let documented = Set(rows.map(\.id))
        #expect(ids.count >= 50, "\(ids.count) case ids found in the tests")
        #expect(ids.subtracting(documented).isEmpty, "cases without a row: \(ids.subtracting(documented).sorted())")
        #expect(rows.count == documented.count, "duplicate rows")
        for row in rows {
            let file = row.location.split(separator: " ").first.map(String.init) ?? ""
            #expect(
                FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(file).path),
                "\(row.id): \(file) does not exist")
            if file.hasPrefix("Tests/ReliabilityTests") || file.hasPrefix("scripts/soak") {
                #expect(ids.contains(row.id), "\(row.id) is documented but no test carries it")
            }
            #expect(!row.result.isEmpty, "\(row.id) has no result")
        }
    }
}
