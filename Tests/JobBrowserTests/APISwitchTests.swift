import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Reducer: switching between the v2 and v1 job lists")
struct APISwitchTests {
    static let server = DualServer()

    func fetches(_ effects: [BrowserEffect]) -> [FetchRequest] { effects.compactMap { $0.asFetch?.request } }

    @Test("the browser starts on the API it was given and asks that API for its first page")
    func startsOnV2() throws {
        let state = BrowserState.dual(Self.server)
        #expect(state.api == .v2)
        #expect(state.rows.allSatisfy { $0.api == .v2 })
        #expect(state.rows.count == 5)
        let shown = try #require(state.shownRequest?.asV2)
        #expect(shown.limit == 5 && shown.page == 1 && shown.order == .desc)
    }

    @Test("Tab shows the other list, and each list keeps its own search, filter, sort, page and selection")
    func eachListKeepsItsState() throws {
        var state = BrowserState.dual(Self.server)
        // v2: a search, a phase group, page 2, third row.
        _ = state.press(.char("/"))
        state.answerAll(state.type("-1"), from: Self.server)
        state.answerAll(state.press(.enter), from: Self.server)
        state.answerAll(state.reduce(.debounceElapsed(generation: state.generation)), from: Self.server)
        _ = state.press(.char("s"))
        let picker = try #require(state.mode.asStatusPicker)
        let running = try #require(picker.items.firstIndex(of: .group(.running)))
        for _ in 0..<running { _ = state.press(.char("j")) }
        state.answerAll(state.press(.enter), from: Self.server)
        state.answerAll(state.press(.char("j"), .char("j")), from: Self.server)
        let v2Selected = try #require(state.selectedJob)
        let v2Request = state.shownRequest
        #expect(state.search == "-1" && state.filter == .group(.running))

        // v1: fresh defaults, then its own sort and selection.
        let toV1 = state.press(.tab)
        #expect(state.api == .v1)
        #expect(state.search.isEmpty && state.filter == .all)
        #expect(state.rows.isEmpty)  // never the other API's rows under this API's header
        #expect(fetches(toV1).first?.asPage != nil)
        state.answerAll(toV1, from: Self.server)
        #expect(state.rows.allSatisfy { $0.api == .v1 } && !state.rows.isEmpty)
        state.answerAll(state.press(.char("D")), from: Self.server)
        _ = state.press(.char("j"))
        let v1Selected = try #require(state.selectedJob)
        #expect(state.sortField == .duration && v1Selected.api == .v1)

        // Back to v2: exactly as it was left, rows on screen at once.
        _ = state.press(.tab)
        #expect(state.api == .v2)
        #expect(state.search == "-1" && state.filter == .group(.running) && state.sortField == .created)
        #expect(state.shownRequest == v2Request)
        #expect(state.selectedJob?.id == v2Selected.id)
        // And v1 again: its own sort and selection.
        _ = state.press(.tab)
        #expect(state.api == .v1 && state.sortField == .duration && state.search.isEmpty)
        #expect(state.selectedJob?.id == v1Selected.id)
    }

    @Test("with only one API the switch key says so in one line and fetches nothing")
    func oneAPIOnly() {
        var state = BrowserState.dual(Self.server, available: [.v2])
        let effects = state.press(.tab)
        #expect(effects.isEmpty)
        #expect(state.api == .v2)
        #expect(state.notice?.contains("only the v2 training API") == true)
    }

    @Test("the hint bar offers the switch only where the account answers both APIs, naming the other list")
    func hintOnlyWithBoth() {
        let both = BrowserState.dual(Self.server)
        #expect(both.keymap.hints(for: both.hintScope).contains { $0.label == "v1 (old)" && $0.keys == [.tab] })
        let one = BrowserState.dual(Self.server, available: [.v2])
        #expect(!one.keymap.hints(for: one.hintScope).contains { $0.keys == [.tab] })
        var onV1 = BrowserState.dual(Self.server, api: .v1)
        #expect(onV1.keymap.hints(for: onV1.hintScope).contains { $0.label == "v2 (new)" })
        _ = onV1.press(.tab)
        #expect(onV1.keymap.hints(for: onV1.hintScope).contains { $0.label == "v1 (old)" })
    }

    @Test("the switch key can be rebound through [keys] like every other action")
    func rebindable() throws {
        var keymap = Keymap.standard
        keymap.rebind(.switchAPI, in: .table, to: [.char("A")])
        var config = BrowserConfig(sourceLabel: "test", keymap: keymap)
        config.api = .v2
        config.availableAPIs = [.v2, .v1]
        config.perPage = 5
        var state = BrowserState(config: config, size: Size(width: 120, height: 40))
        _ = state.reduce(.start)
        _ = state.press(.tab)
        #expect(state.api == .v2)
        _ = state.press(.char("A"))
        #expect(state.api == .v1)
    }

    @Test("on v2 the status picker lists the phases, and a group is one phase-in request")
    func phasePicker() throws {
        var state = BrowserState.dual(Self.server)
        _ = state.press(.char("s"))
        let picker = try #require(state.mode.asStatusPicker)
        #expect(picker.items.contains(.phase("Abnormal")))
        #expect(!picker.items.contains { if case .code = $0 { true } else { false } })
        let failed = try #require(picker.items.firstIndex(of: .group(.failed)))
        for _ in 0..<failed { _ = state.press(.char("j")) }
        let requests = fetches(state.press(.enter))
        #expect(requests.count == 1)
        let query = try #require(requests.first?.asV2)
        #expect(query.phases == ["Failed", "Abnormal"])
        state.answerAll(requests.map { .fetch($0, generation: state.generation) }, from: Self.server)
        #expect(!state.rows.isEmpty)
        #expect(state.rows.allSatisfy { $0.status.group == .failed })
    }

    @Test("a saved v1 status code starts the v2 table unfiltered, and a v1-only sort starts it by created")
    func startSanitised() throws {
        var config = BrowserConfig(sourceLabel: "test", filter: .code(8), sortField: .versions)
        config.api = .v2
        config.availableAPIs = [.v2, .v1]
        let state = BrowserState(config: config, size: Size(width: 120, height: 40))
        #expect(state.filter == .all && state.sortField == .created)
        #expect(state.wantedRequest?.asV2 != nil)
    }
}
