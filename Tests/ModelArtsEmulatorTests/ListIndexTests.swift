import Foundation
import ModelArts
import Testing
@testable import ModelArtsEmulator

/// The fast list path (issue 6) must answer exactly what the straightforward one did.
@Suite("Emulator list index")
struct ListIndexTests {
    @Test(
        "duration order merged from kept orders equals a fresh sort as the clock moves",
        arguments: [
            ModelArts.SortOrder.asc, .desc,
        ])
    func durationMergeMatchesSort(order: ModelArts.SortOrder) {
        let clock = ManualClock()
        let service = Kit.service(jobs: 2_000, clock: clock)
        for step: Int64 in [0, 61, 3_600, 5 * 86_400] {
            clock.nowMS = Kit.nowMS + step * 1000
            let expected = EmulatorService.sortedIndices(service.store.jobs(at: clock.nowMS), by: .duration, order)
            #expect(service.sortOrder(.duration, order, nowMS: clock.nowMS) == expected, "at +\(step) s")
        }
    }

    @Test(
        "the name search finds exactly the names that contain the text",
        arguments: [
            "resnet", "安全帽", "-", "job-", "v2", "nothing-matches", "E",
        ])
    func nameMaskMatchesContains(needle: String) {
        let store = Kit.service(jobs: 3_000).store
        let lowered = needle.lowercased()
        let expected = store.lowercasedNames.map { $0.contains(lowered) }
        #expect(store.listIndex.nameMask(containing: lowered) == expected)
    }

    @Test("a status filter with a search selects the same jobs as filtering the sorted list by hand")
    func filtersAgreeWithReference() throws {
        let service = Kit.service(jobs: 2_000)
        let response = service.handle(
            Kit.list([
                ("search_content", "BERT"), ("status", "10"), ("sortBy", "job_name"), ("per_page", "1000"),
            ]))
        let page = try Kit.page(response)
        let reference = EmulatorService.sorted(service.store.jobs(at: Kit.nowMS), by: .name, .asc)
            .filter { $0.status == .code(10) && $0.name.lowercased().contains("bert") }
        #expect(page.totalCount == reference.count)
        #expect(page.jobs.map(\.id) == reference.map(\.id))
        #expect(page.quotas == service.store.quotas)
    }
}
