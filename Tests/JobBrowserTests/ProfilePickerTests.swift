import JobBrowser
import MajobsSettings
import ModelArts
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: the profile switcher and saved views")
struct ProfilePickerTests {
    static let server = InMemoryServer(SampleJobs.plain(40))

    static func config(profiles: [String] = ["lab", "prod", "work"], current: String? = "work") -> BrowserConfig {
        var c = BrowserConfig(sourceLabel: "cn-north-4 · work", sortField: .name, sortOrder: .asc)
        c.profiles = profiles.map { ProfileEntry(name: $0) }
        c.profileName = current
        return c
    }

    @Test("P opens the picker on the current profile; j and Enter ask to connect to the next one")
    func choose() throws {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        #expect(state.press(.char("P")) == [])
        let picker = try #require(state.mode.asProfilePicker)
        #expect(picker.names == ["lab", "prod", "work"])
        #expect(picker.highlighted == "work")
        _ = state.press(.char("k"))
        #expect(state.press(.enter) == [.connectProfile("prod")])
        #expect(state.mode == .table)
        #expect(state.profileNotice == .connecting("prod"))
    }

    @Test("choosing the profile in use or pressing Esc changes nothing")
    func noChange() {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        _ = state.press(.char("P"))
        #expect(state.press(.enter) == [])
        _ = state.press(.char("P"))
        #expect(state.press(.escape) == [])
        #expect(state.mode == .table)
        #expect(state.profileNotice == nil)
    }

    @Test("a connected profile is used only once its first page loads: then header, rows and page 1 switch")
    func connected() throws {
        var state = BrowserState.loaded(Self.server, size: Size(width: 120, height: 10), config: Self.config())
        state.answerAll(state.press(.char("]")), from: Self.server)
        #expect(state.paging.page == 2)
        let rows = state.rowIDs
        let before = state.generation
        _ = state.press(.char("P"), .char("g"), .enter)
        let effects = state.reduce(.profileConnected(ProfileSwitch(profile: "lab", sourceLabel: "lab-host · abc")))
        let q = try JobListQuery(perPage: 5, page: 1, sortBy: .name, order: .asc)
        #expect(effects == [.fetchForProfile("lab", .page(q))])
        // Nothing has switched yet: the old profile's header, page and rows stay.
        #expect(state.config.profileName == "work")
        #expect(state.config.sourceLabel == "cn-north-4 · work")
        #expect(state.paging.page == 2)
        #expect(state.rowIDs == rows)
        #expect(state.profileNotice == .connecting("lab"))
        #expect(state.acceptsProfilePage("lab", request: .page(q)))
        let after = state.reduce(.profilePageLoaded(profile: "lab", .page(q), Self.server.answer(q)))
        #expect(state.config.sourceLabel == "lab-host · abc")
        #expect(state.config.profileName == "lab")
        #expect(state.profileNotice == nil)
        #expect(state.paging.page == 1)
        #expect(state.generation > before)
        #expect(state.showsWantedPage)
        #expect(state.rows.count == 5)
        #expect(after == [.fetch(.page(try q.onPage(2)), generation: state.generation)])
    }

    @Test("a profile whose first page is refused (HTTP 401) never takes over: one line, old profile and rows stay")
    func refused() throws {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        let rows = state.rowIDs
        _ = state.press(.char("P"), .char("g"), .enter)
        let effects = state.reduce(.profileConnected(ProfileSwitch(profile: "lab", sourceLabel: "lab-host · abc")))
        let request = try #require(effects.first?.asProfileFetch)
        let refused = APIError.server(status: 401, code: "APIGW.0301", message: "Incorrect IAM authentication")
        #expect(state.reduce(.profileFailed(profile: "lab", message: refused.message)) == [])
        #expect(state.profileNotice == .failed("lab", message: refused.message))
        #expect(state.config.profileName == "work")
        #expect(state.config.sourceLabel == "cn-north-4 · work")
        #expect(state.rowIDs == rows)
        #expect(state.dataStatus == .loaded)
        #expect(state.pendingProfile == nil)
        // A late page for the abandoned switch changes nothing.
        #expect(!state.acceptsProfilePage("lab", request: request))
        _ = state.reduce(.profilePageLoaded(profile: "lab", request, SampleJobs.page([])))
        #expect(state.config.profileName == "work")
        #expect(state.rowIDs == rows)
    }

    @Test("the new profile's saved view applies when its first page loads")
    func savedViewApplies() throws {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        _ = state.press(.char("P"), .char("g"), .enter)
        let view = SavedView(
            filter: .group(.failed), sortField: .created, sortOrder: .desc, perPage: 7,
            searchHistory: ["bert"])
        let effects = state.reduce(.profileConnected(ProfileSwitch(profile: "lab", sourceLabel: "lab", view: view)))
        let request = try #require(effects.first?.asProfileFetch)
        #expect(request.perPage == 7)
        #expect(state.filter == .all)
        _ = state.reduce(.profilePageLoaded(profile: "lab", request, Self.server.answer(request)))
        #expect(state.filter == .group(.failed))
        #expect(state.sortField == .created && state.sortOrder == .desc)
        #expect(state.paging.perPage == 7)
        #expect(state.searchHistory == ["bert"])
        #expect(state.savedView == view)
        #expect(state.showsWantedPage)
    }

    @Test("a read-only profile switched to hides and refuses the write keys; a writable one brings them back")
    func readOnlyFollowsTheProfile() throws {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        for (keys, name, readOnly) in [([Key.char("g")], "lab", true), ([.char("g"), .char("j")], "prod", false)] {
            _ = state.press(.char("P"))
            for key in keys { _ = state.press(key) }
            #expect(state.press(.enter) == [.connectProfile(name)])
            let effects = state.reduce(
                .profileConnected(ProfileSwitch(profile: name, sourceLabel: name, readOnly: readOnly)))
            let request = try #require(effects.first?.asProfileFetch)
            _ = state.reduce(.profilePageLoaded(profile: name, request, Self.server.answer(request)))
            #expect(state.config.profileName == name)
            #expect(state.config.readOnly == readOnly, "\(name)")
            #expect(state.shownKeymap.keys(for: .stopJob, in: .table).isEmpty == readOnly, "\(name)")
        }
    }

    @Test("a failed switch shows one error and keeps the current profile and rows; a key clears it")
    func failed() {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        let rows = state.rowIDs
        _ = state.press(.char("P"), .char("g"), .enter)
        #expect(state.reduce(.profileFailed(profile: "lab", message: "no secret key")) == [])
        #expect(state.profileNotice == .failed("lab", message: "no secret key"))
        #expect(state.config.profileName == "work")
        #expect(state.config.sourceLabel == "cn-north-4 · work")
        #expect(state.rowIDs == rows)
        _ = state.press(.char("j"))
        #expect(state.profileNotice == nil)
    }

    @Test("an answer for a switch no longer awaited is ignored")
    func stale() {
        var state = BrowserState.loaded(Self.server, config: Self.config())
        _ = state.press(.char("P"), .char("g"), .enter)
        _ = state.press(.char("P"), .char("g"), .char("j"), .enter)
        #expect(state.profileNotice == .connecting("prod"))
        #expect(state.reduce(.profileConnected(ProfileSwitch(profile: "lab", sourceLabel: "lab"))) == [])
        #expect(state.config.profileName == "work")
        #expect(state.reduce(.profileFailed(profile: "lab", message: "x")) == [])
        #expect(state.profileNotice == .connecting("prod"))
    }

    @Test("without profiles, P says so on the status line and opens nothing")
    func noProfiles() throws {
        var state = BrowserState.loaded(Self.server, config: Self.config(profiles: [], current: nil))
        #expect(state.press(.char("P")) == [])
        #expect(state.mode == .table)
        let message = try #require(state.profileNotice?.failureMessage)
        #expect(message.contains("no profiles"))
    }

    @Test("the saved view follows sort, filter and accepted searches; history starts from the config")
    func savedView() {
        var config = Self.config()
        config.searchHistory = ["old"]
        var state = BrowserState.loaded(Self.server, config: config)
        #expect(state.savedView.searchHistory == ["old"])
        state.answerAll(state.press(.char("S")), from: Self.server)
        #expect(state.savedView.sortField == .status)
        _ = state.press(.char("/"))
        _ = state.type("job")
        _ = state.press(.enter)
        #expect(state.savedView.searchHistory == ["old", "job"])
        #expect(StatusFilter(word: StatusFilter.group(.failed).word) == .group(.failed))
        #expect(StatusFilter(word: StatusFilter.code(11).word) == .code(11))
        #expect(StatusFilter(word: "all") == .all)
        #expect(StatusFilter(word: "bogus") == nil)
    }
}
