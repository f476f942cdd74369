import JobBrowser
import JobBrowserViews
import ModelArts
import Testing
import TerminalUI
import TestSupport

/// The profile switcher and its status-line messages. Only the picker box and the status line are
/// compared, so changes to the table or the hint bar elsewhere do not churn these snapshots.
@Suite("Profile switcher snapshots")
struct ProfilePickerSnapshotTests {
    static let size = Size(width: 80, height: 24)

    static let entries = [
        ProfileEntry(name: "lab", place: "127.0.0.1:9999", auth: .akSk),
        ProfileEntry(name: "prod-cn-north-4", place: "cn-north-4", auth: .token),
        ProfileEntry(name: "work", place: "cn-north-4", auth: .akSk),
    ]

    static func state(profiles: [ProfileEntry] = entries) -> BrowserState {
        var config = ViewFixtures.config(demo: false)
        config.profiles = profiles
        config.profileName = "work"
        var state = BrowserState(config: config, size: size, nowMS: SampleJobs.nowMS)
        ViewFixtures.answerFirst(state.reduce(.start), with: SampleJobs.plain(40), total: 95, state: &state)
        return state
    }

    /// The rows of the screen that hold the picker box (title row to bottom border).
    static func box(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let top = lines.firstIndex(where: { $0.contains("Switch profile") }),
            let left = lines[top].firstIndex(of: "┌"), let right = lines[top].firstIndex(of: "┐")
        else {
            return "no box\n"
        }
        let column = lines[top].distance(from: lines[top].startIndex, to: left)
        let width = lines[top].distance(from: left, to: right) + 1
        guard let bottom = lines[top...].firstIndex(where: { $0.contains("└") }) else { return "no bottom\n" }
        return lines[top...bottom].map { String($0.dropFirst(column).prefix(width)) }.joined(separator: "\n") + "\n"
    }

    static func statusLine(_ state: BrowserState) -> String {
        let buffer = BrowserView.render(state)
        return buffer.rowText(state.layout.statusRow).replacingOccurrences(
            of: #"\s+$"#, with: "",
            options: .regularExpression) + "\n"
    }

    @Test("P shows the profiles with the current one marked and the highlight on it")
    func picker() throws {
        var state = Self.state()
        ViewFixtures.press(&state, .char("P"), .char("k"))
        let text = Snapshot.text(BrowserView.render(state))
        Snapshot.check(Self.box(text), named: "profile-picker-80x24")
        #expect(text.contains("● work"))
        #expect(text.contains("127.0.0.1:9999 · AK/SK") && text.contains("cn-north-4 · token"))
        let ascii = Snapshot.text(BrowserView.render(state, options: ViewOptions(unicode: false)))
        #expect(ascii.contains("cn-north-4 | token") && ascii.contains("* work"))
        let rows = ascii.split(separator: "\n").filter { $0.contains("AK/SK") || $0.contains("token") }
        #expect(rows.count == 3 && rows.allSatisfy { !$0.contains("·") })
    }

    @Test("a long name keeps half the row and the place and auth kind are cut at their end, inside the box")
    func longEntries() throws {
        let long = ProfileEntry(
            name: String(repeating: "n", count: 50),
            place: "modelarts."
                + String(
                    repeating: "x", count: 40) + ".example.com:8443", auth: .akSk)
        var state = Self.state(profiles: [long, ProfileEntry(name: "bare")])
        ViewFixtures.press(&state, .char("P"))
        let lines = Self.box(Snapshot.text(BrowserView.render(state))).split(separator: "\n").map(String.init)
        let width = try #require(lines.first).count
        #expect(lines.allSatisfy { $0.count == width })
        let row = try #require(lines.first { $0.contains("nnnn") })
        #expect(row.contains("…") && row.hasSuffix("│"))
        #expect(row.contains("modelarts.x"))
        let bare = try #require(lines.first { $0.contains("bare") })
        #expect(bare.replacingOccurrences(of: " ", with: "") == "│bare│")
    }

    @Test("the status line says which profile is connecting, then why it failed")
    func notices() throws {
        var state = Self.state()
        ViewFixtures.press(&state, .char("P"), .char("g"), .enter)
        #expect(Self.statusLine(state) == " connecting to profile lab…\n")
        _ = state.reduce(.profileFailed(profile: "lab", message: "no secret key for access key LABA…0002"))
        Snapshot.check(Self.statusLine(state), named: "profile-failed-80x24")
    }

    @Test("the header names the profile in use; a connected profile takes over only with its first page")
    func header() throws {
        var state = Self.state()
        let firstLine = { (s: BrowserState) in
            Snapshot.text(BrowserView.render(s)).split(separator: "\n").first.map(String.init) ?? ""
        }
        #expect(firstLine(state).contains(" work · cn-north-4 · a1b2c3d4 "))
        ViewFixtures.press(&state, .char("P"), .char("g"), .enter)
        let connected = ProfileSwitch(profile: "lab", sourceLabel: "127.0.0.1:9999 · labproj")
        let effects = state.reduce(.profileConnected(connected))
        #expect(firstLine(state).contains(" work · cn-north-4 · a1b2c3d4 "))
        #expect(Self.statusLine(state) == " connecting to profile lab…\n")
        let request = try #require(effects.first?.asProfileFetch)
        _ = state.reduce(.profilePageLoaded(profile: "lab", request, SampleJobs.page(SampleJobs.plain(3), total: 3)))
        #expect(firstLine(state).contains(" lab · 127.0.0.1:9999 · labproj "))
    }
}
