import JobBrowser
import Testing
import TerminalUI

@Suite("The keymap table")
struct KeymapTests {
    @Test("no key is bound twice in one context")
    func unique() {
        for context in KeyContext.allCases {
            let keys = Keymap.standard.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    @Test("the spec's keys dispatch to their actions")
    func specKeys() {
        let map = Keymap.standard
        let table: [(Key, BrowserAction)] = [
            (.char("j"), .moveDown), (.down, .moveDown), (.char("k"), .moveUp), (.up, .moveUp),
            (.char("g"), .first), (.home, .first), (.char("G"), .last), (.end, .last),
            (.pageDown, .screenDown), (.ctrl("f"), .screenDown), (.pageUp, .screenUp), (.ctrl("b"), .screenUp),
            (.char("]"), .nextPage), (.char("n"), .nextPage), (.char("["), .previousPage), (.char("p"), .previousPage),
            (.char("/"), .search), (.char("s"), .statusFilter), (.char("N"), .sortName), (.char("S"), .sortStatus),
            (.char("C"), .sortCreated), (.char("D"), .sortDuration), (.char("V"), .sortVersions),
            (.char("E"), .sortDescription), (.char("<"), .sortLeft), (.char(">"), .sortRight),
            (.char("I"), .invertSort), (.char("r"), .refresh), (.enter, .details), (.char("?"), .help),
            (.char("q"), .quit), (.ctrl("c"), .interrupt),
        ]
        for (key, action) in table {
            #expect(map.action(for: key, in: .table) == action, "\(key)")
        }
        #expect(map.action(for: .ctrl("c"), in: .search) == .interrupt)
        #expect(map.action(for: .char("q"), in: .search) == nil)
    }

    @Test("rebinding changes dispatch and the hint bar together")
    func rebinding() {
        var map = Keymap.standard
        map.rebind(.search, in: .table, to: [.char("f")])
        #expect(map.action(for: .char("f"), in: .table) == .search)
        #expect(map.action(for: .char("/"), in: .table) == nil)
        let hint = map.hints(for: .table).first { $0.label == "search" }
        #expect(hint?.keys == [.char("f")])
    }

    @Test("the table hints, in order of need: move, search, status, sort, details, logs, stop, delete, page, refresh")
    func hints() {
        let labels = Keymap.standard.hints(for: .table).map(\.label)
        #expect(
            labels == [
                "move", "search", "status", "sort", "details", "logs", "stop", "delete", "page", "refresh", "help",
                "quit",
            ])
        let sort = Keymap.standard.hints(for: .table).first { $0.label == "sort" }
        #expect(sort?.keys == ["N", "S", "C", "D", "V", "E"].map { Key.char(Character($0)) })
    }
}

@Suite("The keymap's write keys")
struct KeymapWriteKeysTests {
    @Test("Ctrl-K stops and Ctrl-D deletes in the table and the detail view, clashing with nothing")
    func writeKeys() {
        let map = Keymap.standard
        for context in [KeyContext.table, .detail] {
            #expect(map.action(for: .ctrl("k"), in: context) == .stopJob)
            #expect(map.action(for: .ctrl("d"), in: context) == .deleteJob)
        }
        #expect(map.firstConflict() == nil)
    }

    @Test("read-only: the shown keymap has no write keys and no confirmation, and the rest is as it was")
    func readOnlyKeymap() {
        var config = BrowserConfig(sourceLabel: "test")
        config.readOnly = true
        let state = BrowserState(config: config, size: Size(width: 120, height: 40))
        let shown = state.shownKeymap
        #expect(shown.bindings.allSatisfy { !Keymap.writeActions.contains($0.action) && $0.context != .confirm })
        #expect(shown.bindings.count == Keymap.standard.bindings.count - 8)
        #expect(!shown.hints(for: .table).map(\.label).contains("stop"))
        #expect(!shown.hints(for: .detail).map(\.label).contains("delete"))
        // Dispatch still knows the keys, so they can say why they do nothing.
        #expect(state.keymap.action(for: .ctrl("k"), in: .table) == .stopJob)
        let writable = BrowserState(config: BrowserConfig(sourceLabel: "test"), size: Size(width: 120, height: 40))
        #expect(writable.shownKeymap == Keymap.standard)
    }
}
