import JobBrowser
import Testing
import TestSupport
import TerminalUI

@Suite("Reducer: what the profile switcher lists and the hint bar's P")
struct ProfileEntryTests {
    static let server = InMemoryServer(SampleJobs.plain(10))

    static func config(_ entries: [ProfileEntry], current: String? = nil) -> BrowserConfig {
        var c = BrowserConfig(sourceLabel: "test", sortField: .name, sortOrder: .asc)
        c.profiles = entries
        c.profileName = current
        return c
    }

    static let entries = [
        ProfileEntry(name: "lab", place: "127.0.0.1:9000", auth: .akSk),
        ProfileEntry(name: "prod", place: "cn-north-4", auth: .token),
        ProfileEntry(name: "bare"),
    ]

    @Test("the picker carries each profile's place and auth kind, and summarises them in one short phrase")
    func entries() throws {
        var state = BrowserState.loaded(Self.server, config: Self.config(Self.entries, current: "prod"))
        _ = state.press(.char("P"))
        let picker = try #require(state.mode.asProfilePicker)
        #expect(picker.entries == Self.entries)
        #expect(picker.highlighted == "prod")
        #expect(picker.entries.map { $0.summary() } == ["127.0.0.1:9000 · AK/SK", "cn-north-4 · token", ""])
        #expect(picker.entries[1].summary(separator: "|") == "cn-north-4 | token")
        _ = state.press(.char("G"))
        #expect(state.press(.enter) == [.connectProfile("bare")])
    }

    @Test("the table's hint bar offers P after sort only when there is another profile to switch to")
    func hint() {
        let labels = { (s: BrowserState) in s.keymap.hints(for: s.hintScope).map(\.label) }
        let one = BrowserState.loaded(Self.server, config: Self.config([ProfileEntry(name: "only")], current: "only"))
        #expect(!labels(one).contains("profile"))
        #expect(!labels(BrowserState.loaded(Self.server)).contains("profile"))
        var two = BrowserState.loaded(Self.server, config: Self.config(Array(Self.entries.prefix(2))))
        #expect(
            labels(two) == [
                "move", "search", "status", "sort", "profile", "details", "logs", "stop", "delete", "page",
                "refresh", "help", "quit",
            ])
        #expect(two.keymap.hints(for: two.hintScope).first { $0.label == "profile" }?.keys == [.char("P")])
        _ = two.press(.char("?"))
        #expect(!labels(two).contains("profile"))
    }

    @Test("a rebound or unbound switcher key shows as bound, or not at all")
    func rebound() {
        var config = Self.config(Self.entries)
        config.keymap.rebind(.switchProfile, in: .table, to: [.char("O")])
        let state = BrowserState.loaded(Self.server, config: config)
        #expect(state.keymap.hints(for: state.hintScope).first { $0.label == "profile" }?.keys == [.char("O")])
        config.keymap.rebind(.switchProfile, in: .table, to: [])
        let unbound = BrowserState.loaded(Self.server, config: config)
        #expect(!unbound.keymap.hints(for: unbound.hintScope).map(\.label).contains("profile"))
    }
}
