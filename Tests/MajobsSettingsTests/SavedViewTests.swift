import MajobsSettings
import ModelArts
import Testing

/// What a run saves: the file's view with only the person's changes applied.
@Suite("Saved view: only what the person changes is saved")
struct SavedViewTests {
    static let onFile = SavedView(
        filter: .group(.failed), sortField: .name, sortOrder: .asc, perPage: 30,
        searchHistory: ["resnet", "bert"])

    @Test("--fresh with nothing changed writes back the file's view, search history included")
    func freshUnchanged() {
        let start = SavedView()
        #expect(Self.onFile.applying(changesFrom: start, to: start) == Self.onFile)
    }

    @Test("--fresh: new searches join the saved history; a changed sort is saved, the untouched filter is not")
    func freshMerges() {
        let start = SavedView()
        var current = start
        current.searchHistory = ["yolo", "bert"]
        current.sortField = .created
        current.sortOrder = .asc
        let saved = Self.onFile.applying(changesFrom: start, to: current)
        #expect(saved.searchHistory == ["resnet", "yolo", "bert"])
        #expect(saved.sortField == .created && saved.sortOrder == .asc)
        #expect(saved.filter == .group(.failed))
        #expect(saved.perPage == 30)
    }

    @Test("one-off flags (--status, --sort, --order, --per-page) are not saved unless changed in the run")
    func flagsNotSaved() {
        let start = SavedView(
            filter: .code(11), sortField: .versions, sortOrder: .desc, perPage: 5,
            searchHistory: Self.onFile.searchHistory)
        #expect(Self.onFile.applying(changesFrom: start, to: start) == Self.onFile)
        var current = start
        current.filter = .group(.running)
        let saved = Self.onFile.applying(changesFrom: start, to: current)
        #expect(
            saved
                == SavedView(
                    filter: .group(.running), sortField: .name, sortOrder: .asc, perPage: 30,
                    searchHistory: ["resnet", "bert"]))
    }

    @Test("the merged history keeps the newest entries within the limit")
    func historyBounded() {
        let limit = SavedView.historyLimit
        let file = SavedView(searchHistory: (0..<limit).map { "old\($0)" })
        let current = SavedView(searchHistory: ["new"])
        let saved = file.applying(changesFrom: SavedView(), to: current)
        #expect(saved.searchHistory.count == limit)
        #expect(saved.searchHistory.last == "new")
        #expect(saved.searchHistory.first == "old1")
    }
}
