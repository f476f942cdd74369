import JobBrowser
import MajobsSettings
import ModelArts
import Testing
import TerminalUI

@Suite("Keymap: rebinding from the config file")
struct KeymapConfigTests {
    func rebind(_ action: String, _ keys: [String], context: String? = nil, line: Int = 3) -> KeyRebinding {
        KeyRebinding(context: context, action: action, keys: keys, location: "config.toml:\(line)")
    }

    @Test("a rebinding changes dispatch, the hint bar and the help rows together")
    func rebinding() throws {
        let map = try Keymap.standard.applying([rebind("refresh", ["R", "f5"]), rebind("search", ["f"])])
        #expect(map.action(for: .char("R"), in: .table) == .refresh)
        #expect(map.action(for: .function(5), in: .table) == .refresh)
        #expect(map.action(for: .char("r"), in: .table) == nil)
        #expect(map.hints(for: .table).first { $0.label == "refresh" }?.keys == [.char("R")])
        #expect(map.hints(for: .table).first { $0.label == "search" }?.keys == [.char("f")])
        #expect(map.bindings(in: .table).first { $0.action == .refresh }?.keys == [.char("R"), .function(5)])
    }

    @Test("\"none\" unbinds an action, which then drops out of the hint bar")
    func unbind() throws {
        let map = try Keymap.standard.applying([rebind("help", ["none"])])
        #expect(map.action(for: .char("?"), in: .table) == nil)
        #expect(!map.hints(for: .table).map(\.label).contains("help"))
    }

    @Test("action names may be camelCase, snake_case or kebab-case")
    func actionSpelling() throws {
        for name in ["moveDown", "move_down", "move-down", "MOVEDOWN"] {
            let map = try Keymap.standard.applying([rebind(name, ["J"])])
            #expect(map.action(for: .char("J"), in: .table) == .moveDown, "\(name)")
        }
    }

    @Test(
        "key names: characters, words, ctrl- and function keys",
        arguments: [
            ("x", Key.char("x")), ("G", .char("G")), ("/", .char("/")), ("space", .char(" ")), ("Enter", .enter),
            ("esc", .escape), ("pgdn", .pageDown), ("PageUp", .pageUp), ("ctrl-w", .ctrl("w")), ("C-x", .ctrl("x")),
            ("^a", .ctrl("a")), ("f12", .function(12)), ("backtab", .backTab), ("del", .delete),
        ])
    func keyNames(name: String, key: Key) {
        #expect(KeyNames.key(name) == key)
    }

    @Test("nonsense key names are refused", arguments: ["", "ctrl-", "ctrl-1", "f13", "f0", "enterr", "\t", "ab"])
    func badKeyNames(name: String) {
        #expect(KeyNames.key(name) == nil)
    }

    @Test("[keys.search] and [keys.picker] rebind inside those contexts; [keys] reaches Ctrl-C's action")
    func contexts() throws {
        let map = try Keymap.standard.applying([
            rebind("clearLine", ["ctrl-w"], context: "search"), rebind("close", ["esc", "x"], context: "picker"),
            rebind("interrupt", ["ctrl-c", "ctrl-q"]),
        ])
        #expect(map.action(for: .ctrl("w"), in: .search) == .clearLine)
        #expect(map.action(for: .char("x"), in: .picker) == .close)
        #expect(map.action(for: .char("q"), in: .picker) == nil)
        #expect(map.action(for: .ctrl("q"), in: .detail) == .interrupt)
    }

    @Test("an unknown action is one line naming the place and the known actions")
    func unknownAction() {
        let error = #expect(throws: KeymapConfigError.self) { try Keymap.standard.applying([rebind("fly", ["x"])]) }
        let message = error?.message ?? ""
        #expect(message.hasPrefix("config.toml:3: unknown action 'fly' in [keys]"))
        #expect(message.contains("moveDown"))
        #expect(!message.contains("\n"))
    }

    @Test("an action of another context is refused in [keys]")
    func wrongContext() {
        let error = #expect(throws: KeymapConfigError.self) { try Keymap.standard.applying([rebind("accept", ["x"])]) }
        #expect(error?.message.contains("'accept' does nothing in [keys]") == true)
    }

    @Test("an unknown key name or table is one line naming it and what is allowed")
    func unknownKey() {
        let key = #expect(throws: KeymapConfigError.self) {
            try Keymap.standard.applying([rebind("refresh", ["hyper-r"])])
        }
        let prefix = "config.toml:3: refresh: unknown key name 'hyper-r' (use a single character"
        #expect(key?.message.hasPrefix(prefix) == true)
        let table = #expect(throws: KeymapConfigError.self) {
            try Keymap.standard.applying([rebind("close", ["x"], context: "popup")])
        }
        #expect(table?.message.contains("unknown key table [keys.popup]") == true)
        let none = #expect(throws: KeymapConfigError.self) {
            try Keymap.standard.applying([rebind("refresh", ["none", "x"])])
        }
        #expect(none?.message.contains("must stand alone") == true)
    }

    @Test("two actions on one key in one context is a conflict naming both and the place")
    func conflict() {
        let error = #expect(throws: KeymapConfigError.self) {
            try Keymap.standard.applying([rebind("refresh", ["s"], line: 7)])
        }
        let message = error?.message ?? ""
        #expect(message.hasPrefix("config.toml:7: key 's' is bound to both"))
        #expect(message.contains("statusFilter") && message.contains("refresh"))
        #expect(message.contains("job table"))
    }

    @Test("moving the other action away first resolves the conflict")
    func conflictResolved() throws {
        let map = try Keymap.standard.applying([rebind("statusFilter", ["F"]), rebind("refresh", ["s"])])
        #expect(map.action(for: .char("s"), in: .table) == .refresh)
        #expect(map.action(for: .char("F"), in: .table) == .statusFilter)
        #expect(map.firstConflict() == nil)
    }

    @Test("a key that shadows Ctrl-C in any context is a conflict")
    func shadowsGlobal() {
        #expect(throws: KeymapConfigError.self) {
            try Keymap.standard.applying([rebind("close", ["ctrl-c"], context: "help")])
        }
    }

    @Test("the standard keymap has no conflicts, and the profile switcher is on P")
    func standard() {
        #expect(Keymap.standard.firstConflict() == nil)
        #expect(Keymap.standard.action(for: .char("P"), in: .table) == .switchProfile)
    }
}
