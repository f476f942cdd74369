import Foundation
import ModelArts
import Testing

@testable import ModelArtsClient

@Suite("saved view state per profile")
struct ViewStateStoreTests {
    func store(_ home: TempHome) -> ViewStateStore {
        ViewStateStore(
            directory: ViewStateStore.defaultDirectory(
                environment: ["XDG_STATE_HOME": home.path + "/state"], homeDirectory: home.path))
    }

    @Test("the directory follows XDG_STATE_HOME, else ~/.local/state/majobs")
    func directory() {
        let xdg = ViewStateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s"], homeDirectory: "/h")
        #expect(xdg == "/s/majobs")
        #expect(ViewStateStore.defaultDirectory(environment: [:], homeDirectory: "/h") == "/h/.local/state/majobs")
        // A relative XDG path is ignored, as the XDG spec says.
        #expect(
            ViewStateStore.defaultDirectory(environment: ["XDG_STATE_HOME": "s"], homeDirectory: "/h")
                == "/h/.local/state/majobs")
    }

    @Test("each profile, no profile and the demo have files of their own")
    func paths() {
        let s = ViewStateStore(directory: "/d")
        #expect(s.path(profile: "work", isDemo: false) == "/d/view-work.json")
        #expect(s.path(profile: nil, isDemo: false) == "/d/view.json")
        #expect(s.path(profile: nil, isDemo: true) == "/d/demo.json")
        #expect(Set([s.path(profile: "lab", isDemo: false), s.path(profile: "work", isDemo: false)]).count == 2)
    }

    @Test("a saved state loads back unchanged, in a 0600 file, with no temporary file left")
    func roundTrip() throws {
        let home = try TempHome()
        defer { home.remove() }
        let s = store(home)
        let state = ViewState(
            sortField: .name, sortOrder: .asc, status: "failed", perPage: 30,
            searchHistory: ["resnet", "bert 中文"])
        #expect(s.load(profile: "work", isDemo: false) == .missing)
        try s.save(state, profile: "work", isDemo: false)
        #expect(s.load(profile: "work", isDemo: false) == .loaded(state))
        #expect(s.load(profile: "lab", isDemo: false) == .missing)
        let path = s.path(profile: "work", isDemo: false)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue & 0o777 == 0o600)
        let files = try FileManager.default.contentsOfDirectory(atPath: s.directory)
        #expect(files == ["view-work.json"])
    }

    @Test("saving again replaces the file")
    func overwrite() throws {
        let home = try TempHome()
        defer { home.remove() }
        let s = store(home)
        try s.save(ViewState(sortField: .name), profile: nil, isDemo: true)
        try s.save(ViewState(sortField: .status, status: "11"), profile: nil, isDemo: true)
        #expect(s.load(profile: nil, isDemo: true).state?.sortField == .status)
        #expect(s.load(profile: nil, isDemo: true).state?.status == "11")
    }

    @Test("search history keeps only the newest 50")
    func bounded() {
        let history = (1...80).map { "q\($0)" }
        let state = ViewState(searchHistory: history)
        #expect(state.searchHistory.count == ViewState.historyLimit)
        #expect(state.searchHistory.first == "q31")
        #expect(state.searchHistory.last == "q80")
    }

    @Test(
        "garbage, wrong types and out-of-range values are reported as unusable, never thrown",
        arguments: [
            "not json", "{}", "{\"sortField\":\"nope\",\"sortOrder\":\"asc\",\"status\":\"all\",\"searchHistory\":[]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"all\",\"perPage\":0,\"searchHistory\":[]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"\",\"searchHistory\":[]}",
            "\u{0}\u{1}\u{2}",
        ])
    func corrupt(text: String) throws {
        let home = try TempHome()
        defer { home.remove() }
        let s = store(home)
        try home.write("state/majobs/view-work.json", text)
        let loaded = s.load(profile: "work", isDemo: false)
        let why = try #require(loaded.unusableReason, "\(text) was accepted")
        #expect(why.contains("view-work.json"))
        #expect(!why.contains("\n"))
    }

    @Test("a state directory that cannot be created is a save error, not a crash")
    func unwritable() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write("blocker", "a file where the directory should be")
        let s = ViewStateStore(directory: home.path + "/blocker/majobs")
        #expect(throws: ViewStateStoreError.self) { try s.save(ViewState(), profile: nil, isDemo: false) }
    }
}

extension ViewStateLoad {
    /// Why the file cannot be used, for `.unusable`; nil otherwise.
    var unusableReason: String? {
        if case .unusable(let why) = self { why } else { nil }
    }
}
