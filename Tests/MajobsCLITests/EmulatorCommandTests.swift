import ArgumentParser
import ModelArtsEmulator
import Testing

@testable import MajobsCLI

/// `majobs emulator --apis` and `--v2-offset` reach the emulator's configuration; bad values are refused.
@Suite("Emulator command options")
struct EmulatorCommandTests {
    static func configuration(_ arguments: [String]) throws -> EmulatorConfiguration {
        let command = try #require(try Majobs.parseAsRoot(["emulator"] + arguments) as? EmulatorCommand)
        return command.emulatorConfiguration
    }

    @Test("by default both APIs are served and v2 offsets are page indexes")
    func defaults() throws {
        let c = try Self.configuration([])
        #expect(c.apis == [.v1, .v2])
        #expect(c.v2Offset == .page)
        #expect(c.v2JobCount == nil)
    }

    @Test("--apis picks a subset and --v2-offset record switches the paging semantics")
    func subset() throws {
        #expect(try Self.configuration(["--apis", "v2"]).apis == [.v2])
        #expect(try Self.configuration(["--apis", "v1"]).apis == [.v1])
        #expect(try Self.configuration(["--apis", "v2,v1"]).apis == [.v1, .v2])
        #expect(try Self.configuration(["--v2-offset", "record"]).v2Offset == .record)
    }

    @Test(
        "an unknown API or offset meaning is refused",
        arguments: [["--apis", "v3"], ["--apis", ""], ["--v2-offset", "row"]])
    func refused(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try Majobs.parseAsRoot(["emulator"] + arguments) }
    }
}
