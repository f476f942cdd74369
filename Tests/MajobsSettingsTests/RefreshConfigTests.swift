import MajobsSettings
import Testing

@Suite("[ui] refresh_seconds and mouse")
struct RefreshConfigTests {
    @Test("refresh_seconds takes 0 (off) and 2 or more; mouse takes a boolean")
    func accepted() throws {
        let off = try MajobsConfig.parse("[ui]\nrefresh_seconds = 0\nmouse = true\n", path: "/c.toml")
        #expect(off.ui.refreshSeconds == 0)
        #expect(off.ui.mouse == true)
        #expect(off.warnings == [])
        let two = try MajobsConfig.parse("[ui]\nrefresh_seconds = 2\n", path: "/c.toml")
        #expect(two.ui.refreshSeconds == 2)
        #expect(two.ui.mouse == nil)
    }

    @Test("refresh_seconds = 1 is a one-line usage error naming file, line and the minimum")
    func belowMinimum() {
        #expect {
            _ = try MajobsConfig.parse("[ui]\nrefresh_seconds = 1\n", path: "/c.toml")
        } throws: { error in
            guard let e = error as? ConfigurationError else { return false }
            return e.isUsage && e.message.hasPrefix("/c.toml:2: refresh_seconds = 1 is invalid")
                && e.message.contains("minimum is 2") && !e.message.contains("\n")
        }
    }

    @Test("mouse must be true or false")
    func mouseNotBoolean() {
        #expect(throws: ConfigurationError.self) {
            _ = try MajobsConfig.parse("[ui]\nmouse = \"yes\"\n", path: "/c.toml")
        }
    }
}
