import MajobsSettings
import ModelArts
import Testing

@Suite("Config: the read_only key of a profile")
struct ReadOnlyConfigTests {
    @Test("read_only = true or false is read per profile; left out it is unset")
    func readsReadOnly() throws {
        let config = try MajobsConfig.parse(
            """
            [profiles.prod]
            read_only = true
            [profiles.lab]
            read_only = false
            [profiles.plain]
            region = "cn-north-4"
            """, path: "/c.toml")
        #expect(config.warnings == [])
        #expect(config.profiles["prod"]?.readOnly == true)
        #expect(config.profiles["lab"]?.readOnly == false)
        #expect(config.profiles["plain"]?.readOnly == nil)
        #expect(config.profiles["prod"]?.description.contains("readOnly: true") == true)
    }

    @Test("a read_only that is not a boolean is one line naming the file and line", arguments: ["\"yes\"", "1"])
    func refusesOthers(value: String) {
        do {
            _ = try MajobsConfig.parse("[profiles.x]\nread_only = \(value)\n", path: "/c.toml")
            Issue.record("read_only = \(value) was accepted")
        } catch {
            #expect(error.message.hasPrefix("/c.toml:2: read_only = "))
            #expect(error.message.hasSuffix("expected true or false"))
        }
    }
}
