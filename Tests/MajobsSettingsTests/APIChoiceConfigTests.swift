import MajobsSettings
import ModelArts
import Testing

@Suite("Config: the api key of a profile")
struct APIChoiceConfigTests {
    @Test("api = \"v2\", \"v1\" or \"auto\" is read per profile; left out it is unset")
    func readsAPI() throws {
        let config = try MajobsConfig.parse(
            """
            [profiles.new]
            api = "v2"
            [profiles.old]
            api = "v1"
            [profiles.either]
            api = "auto"
            [profiles.plain]
            region = "cn-north-4"
            """, path: "/c.toml")
        #expect(config.warnings == [])
        #expect(config.profiles["new"]?.api == .v2)
        #expect(config.profiles["old"]?.api == .v1)
        #expect(config.profiles["either"]?.api == .auto)
        #expect(config.profiles["plain"]?.api == nil)
        #expect(config.profiles["new"]?.description.contains("api: v2") == true)
    }

    @Test("any other api value is one line naming the file, line, value and the allowed words")
    func refusesOthers() {
        do {
            _ = try MajobsConfig.parse("[profiles.x]\napi = \"v3\"\n", path: "/c.toml")
            Issue.record("api = \"v3\" was accepted")
        } catch {
            #expect(error.message == #"/c.toml:2: api = 'v3' is invalid: allowed "auto" or "v1" or "v2""#)
        }
    }
}
