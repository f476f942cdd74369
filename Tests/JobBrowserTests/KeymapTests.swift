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

    @Test("the table hints show move, page, search, status, sort, details, refresh, help and quit")
    func hints() {
        let labels = Keymap.standard.hints(for: .table).map(\.label)
        #expect(labels == ["move", "page", "search", "status", "sort", "details", "refresh", "help", "quit"])
        let sort = Keymap.standard.hints(for: .table).first { $0.label == "sort" }
        #expect(sort?.keys == ["N", "S", "C", "D", "V", "E"].map { Key.char(Character($0)) })
    }
}
