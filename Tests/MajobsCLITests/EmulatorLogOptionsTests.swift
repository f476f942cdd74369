import ArgumentParser
import ModelArtsEmulator
import Testing

@testable import MajobsCLI

/// `majobs emulator --log-order`, `--log-cursor` and `--log-preview-bytes` reach the configuration.
@Suite("Emulator log options")
struct EmulatorLogOptionsTests {
    @Test("by default logs read as documented, exclusive of the cursor line, with 5 MB previews")
    func defaults() throws {
        let c = try EmulatorCommandTests.configuration([])
        #expect(c.logOrder == .documented && c.logCursor == .exclusive)
        #expect(c.logPreviewBytes == 5_242_880)
    }

    @Test("--log-order swapped, --log-cursor inclusive and --log-preview-bytes reach the emulator")
    func set() throws {
        let c = try EmulatorCommandTests.configuration([
            "--log-order", "swapped", "--log-cursor", "inclusive", "--log-preview-bytes", "1000",
        ])
        #expect(c.logOrder == .swapped && c.logCursor == .inclusive)
        #expect(c.logPreviewBytes == 1_000)
    }

    @Test(
        "an unknown reading or a preview size out of range is refused",
        arguments: [
            ["--log-order", "reversed"], ["--log-cursor", "both"], ["--log-preview-bytes", "0"],
            ["--log-preview-bytes", "x"],
        ])
    func refused(_ arguments: [String]) {
        #expect(throws: (any Error).self) {
            var command = try Majobs.parseAsRoot(["emulator"] + arguments)
            try command.validate()
        }
    }
}
