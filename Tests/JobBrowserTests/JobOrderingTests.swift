import JobBrowser
import ModelArts
import Testing

@Suite("Job list order")
struct JobOrderingTests {
    func job(_ id: Int64, _ name: String, duration: Int64 = 0, code: Int = 8) -> TrainingJob {
        TrainingJob(
            id: .number(id), name: name, versionID: 1, status: .code(code), createTimeMS: 1,
            durationMS: duration, description: "", versionCount: 1)
    }

    @Test("names compare by UTF-8 bytes: upper case before lower case, Chinese after ASCII")
    func byteOrder() {
        let jobs = [job(1, "b"), job(2, "训练"), job(3, "B"), job(4, "a")]
        let sorted = jobs.sorted { JobOrdering.precedes($0, $1, by: .name, order: .asc) }
        #expect(sorted.map(\.name) == ["B", "a", "b", "训练"])
    }

    @Test("ties are broken by job id ascending in both directions")
    func ties() {
        let jobs = [job(3, "x", duration: 5), job(1, "y", duration: 5), job(2, "z", duration: 9)]
        let asc = jobs.sorted { JobOrdering.precedes($0, $1, by: .duration, order: .asc) }
        let desc = jobs.sorted { JobOrdering.precedes($0, $1, by: .duration, order: .desc) }
        #expect(asc.map(\.id) == [.number(1), .number(3), .number(2)])
        #expect(desc.map(\.id) == [.number(2), .number(1), .number(3)])
    }

    @Test("status sorts by code number")
    func status() {
        let jobs = [job(1, "a", code: 11), job(2, "b", code: 2), job(3, "c", code: 8)]
        let sorted = jobs.sorted { JobOrdering.precedes($0, $1, by: .status, order: .asc) }
        #expect(sorted.map(\.status) == [.code(2), .code(8), .code(11)])
    }
}
