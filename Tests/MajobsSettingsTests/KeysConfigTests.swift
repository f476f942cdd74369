import ModelArts
import Testing

@testable import MajobsSettings

@Suite("[keys] in the config file")
struct KeysConfigTests {
    @Test("[keys] and [keys.CONTEXT] entries keep their context, keys and place")
    func entries() throws {
        let config = try MajobsConfig.parse(
            """
            [keys]
            refresh = ["R", "f5"]
            statusFilter = "none"
            [keys.search]
            clearLine = "ctrl-w"
            """, path: "c.toml")
        #expect(
            config.keys == [
                KeyRebinding(context: nil, action: "refresh", keys: ["R", "f5"], location: "c.toml:2"),
                KeyRebinding(context: nil, action: "statusFilter", keys: ["none"], location: "c.toml:3"),
                KeyRebinding(context: "search", action: "clearLine", keys: ["ctrl-w"], location: "c.toml:5"),
            ])
        #expect(config.warnings == [])
    }

    @Test("an empty list unbinds like \"none\"")
    func emptyList() throws {
        let config = try MajobsConfig.parse("[keys]\nhelp = []\n", path: "c.toml")
        #expect(config.keys.first?.keys == ["none"])
    }

    @Test("a number or boolean is one error naming the line, the value and what is allowed")
    func wrongType() throws {
        for value in ["5", "true"] {
            let error = #expect(throws: ConfigurationError.self) {
                try MajobsConfig.parse("[keys]\nrefresh = \(value)\n", path: "c.toml")
            }
            #expect(error?.message.hasPrefix("c.toml:2: refresh = \(value) is invalid") == true)
            #expect(error?.message.contains("key name") == true)
        }
    }

    @Test("a file without [keys] has no key settings")
    func none() throws {
        #expect(try MajobsConfig.parse("[ui]\ncolor = \"never\"\n", path: "c.toml").keys == [])
    }
}
