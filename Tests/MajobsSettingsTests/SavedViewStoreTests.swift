import Foundation
import ModelArts
import Testing
import TestSupport

@testable import MajobsSettings

@Suite("saved view state per profile")
struct SavedViewStoreTests {
    func store(_ home: TempHome) -> SavedViewStore {
        SavedViewStore(
            directory: SavedViewStore.defaultDirectory(
                environment: ["XDG_STATE_HOME": home.path + "/state"], homeDirectory: home.path))
    }

    @Test("the directory follows XDG_STATE_HOME, else ~/.local/state/majobs")
    func directory() {
        let xdg = SavedViewStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/s"], homeDirectory: "/h")
        #expect(xdg == "/s/majobs")
        #expect(SavedViewStore.defaultDirectory(environment: [:], homeDirectory: "/h") == "/h/.local/state/majobs")
        // A relative XDG path is ignored, as the XDG spec says.
        #expect(
            SavedViewStore.defaultDirectory(environment: ["XDG_STATE_HOME": "s"], homeDirectory: "/h")
                == "/h/.local/state/majobs")
    }

    @Test("each profile, no profile and the demo have files of their own")
    func paths() {
        let s = SavedViewStore(directory: "/d")
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
        let state = SavedView(
            filter: .group(.failed), sortField: .name, sortOrder: .asc, perPage: 30,
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
        try s.save(SavedView(sortField: .name), profile: nil, isDemo: true)
        try s.save(SavedView(filter: .code(11), sortField: .status), profile: nil, isDemo: true)
        #expect(s.load(profile: nil, isDemo: true).view?.sortField == .status)
        #expect(s.load(profile: nil, isDemo: true).view?.filter == .code(11))
    }

    @Test("search history keeps only the newest 50")
    func bounded() {
        let history = (1...80).map { "q\($0)" }
        let state = SavedView(searchHistory: history)
        #expect(state.searchHistory.count == SavedView.historyLimit)
        #expect(SavedView.historyLimit == 50)
        #expect(state.searchHistory.first == "q31")
        #expect(state.searchHistory.last == "q80")
    }

    @Test(
        "garbage, wrong types and out-of-range values are reported as unusable, never thrown",
        arguments: [
            "not json", "{}", "{\"sortField\":\"nope\",\"sortOrder\":\"asc\",\"status\":\"all\",\"searchHistory\":[]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"all\",\"perPage\":0,\"searchHistory\":[]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"\",\"searchHistory\":[]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"bogus\",\"searchHistory\":[]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"all\",\"searchHistory\":["
                + Array(repeating: "\"q\"", count: 51).joined(separator: ",") + "]}",
            "{\"sortField\":\"job_name\",\"sortOrder\":\"asc\",\"status\":\"all\",\"searchHistory\":[\""
                + String(repeating: "x", count: 65) + "\"]}",
            "\u{0}\u{1}\u{2}",
        ])
    func corrupt(text: String) throws {
        let home = try TempHome()
        defer { home.remove() }
        let s = store(home)
        try home.write("state/majobs/view-work.json", text)
        let load = s.load(profile: "work", isDemo: false)
        let reason: String? = if case .unusable(let why) = load { why } else { nil }
        let why = try #require(reason, "\(text) was accepted as \(load)")
        #expect(why.contains("view-work.json"))
        #expect(!why.contains("\n"))
    }

    /// A file exactly as the store has always written it (pretty-printed, sorted keys, the filter as its word).
    static let writtenFile = """
        {
          "perPage" : 30,
          "searchHistory" : [
            "resnet",
            "bert 中文"
          ],
          "sortField" : "job_name",
          "sortOrder" : "asc",
          "status" : "failed"
        }
        """

    @Test("a file in the saved format loads, and saving the same view writes the same bytes")
    func fileFormat() throws {
        let home = try TempHome()
        defer { home.remove() }
        let s = store(home)
        let path = try home.write("state/majobs/view-work.json", Self.writtenFile)
        let expected = SavedView(
            filter: .group(.failed), sortField: .name, sortOrder: .asc, perPage: 30,
            searchHistory: ["resnet", "bert 中文"])
        #expect(s.load(profile: "work", isDemo: false) == .loaded(expected))
        try s.save(expected, profile: "work", isDemo: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.writtenFile)
    }

    @Test("a file without perPage, with a status code or a status name, loads")
    func fileVariants() throws {
        let home = try TempHome()
        defer { home.remove() }
        let s = store(home)
        try home.write(
            "state/majobs/view.json",
            #"{"searchHistory":[],"sortField":"create_time","sortOrder":"desc","status":"11"}"#)
        #expect(s.load(profile: nil, isDemo: false) == .loaded(SavedView(filter: .code(11))))
        try home.write(
            "state/majobs/demo.json",
            #"{"searchHistory":["a"],"sortField":"status","sortOrder":"asc","status":"JOBSTAT_FAILED"}"#)
        let demo = try #require(s.load(profile: nil, isDemo: true).view)
        #expect(demo.filter == StatusFilter(word: "JOBSTAT_FAILED"))
        #expect(demo.filter != .all)
        #expect(demo.perPage == nil)
        #expect(demo.searchHistory == ["a"])
    }

    @Test("a state directory that cannot be created is a save error, not a crash")
    func unwritable() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write("blocker", "a file where the directory should be")
        let s = SavedViewStore(directory: home.path + "/blocker/majobs")
        #expect(throws: SavedViewStoreError.self) { try s.save(SavedView(), profile: nil, isDemo: false) }
    }
}
