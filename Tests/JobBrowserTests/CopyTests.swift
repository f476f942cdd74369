import JobBrowser
import ModelArts
import Testing
import TerminalUI
import TestSupport

@Suite("Copying the job id (OSC 52)")
struct CopyTests {
    static let server = InMemoryServer(SampleJobs.plain(8))

    @Test("c asks to copy the selected job's id and says so in the status line, until the next key")
    func reducer() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"))
        let id = try #require(state.selectedJob?.id.description)
        #expect(state.press(.char("c")) == [.copyToClipboard(id)])
        #expect(state.notice == "copied job id \(id) to clipboard")
        _ = state.press(.char("j"))
        #expect(state.notice == nil)
    }

    @Test("c also works in the detail view, for the job shown")
    func fromDetail() throws {
        var state = BrowserState.loaded(Self.server)
        _ = state.press(.char("j"), .char("j"), .enter)
        let id = try #require(state.selectedJob?.id.description)
        #expect(state.press(.char("c")) == [.copyToClipboard(id)])
        #expect(state.mode.asDetail != nil, "detail closed")
    }

    @Test("the terminal gets ESC ] 52 ; c ; base64 BEL and nothing else")
    func bytes() {
        let terminal = FakeTerminal(clock: ManualClock())
        terminal.copyToClipboard("4404")
        #expect(
            terminal.escapeSequences == [[0x1B, 0x5D, 0x35, 0x32, 0x3B, 0x63, 0x3B] + Array("NDQwNA==".utf8) + [0x07]])
        terminal.copyToClipboard("训练-job✓")
        let text = String(decoding: terminal.escapeSequences[1], as: UTF8.self)
        #expect(text == "\u{1B}]52;c;6K6t57uDLWpvYuKckw==\u{07}")
    }

    @Test("base64 matches RFC 4648's test vectors")
    func base64() {
        let vectors = [
            "": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
            "foobar": "Zm9vYmFy",
        ]
        for (plain, encoded) in vectors {
            #expect(String(decoding: OSC52.base64(Array(plain.utf8)), as: UTF8.self) == encoded)
        }
    }
}
