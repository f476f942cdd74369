import ModelArts
import TerminalUI

/// A stop or delete waiting for the person's word. It names the job (its name made safe, its status
/// and id) and defaults to Cancel: a stop goes out only on `y`; a delete only once the person has typed
/// `expected` (the job's name, or the end of its id when the name is long or hard to type) and pressed
/// Enter. Any other answer cancels, so no single stray key ever deletes.
public struct WriteConfirm: Hashable, Sendable {
    /// The write sent when confirmed.
    public var action: JobAction
    /// The job as the row (or the detail panel) showed it.
    public var job: TrainingJob
    /// The v1 version a stop or a version delete acts on, as people read it ("V3"); nil otherwise.
    public var versionLabel: String?
    /// What a delete asks to be typed; empty for a stop.
    public var expected: String
    /// What has been typed so far (deletes only).
    public var typed: String = ""
    /// The detail panel the confirmation was opened from, shown again when it closes; nil: the table.
    public var panel: DetailPanel?

    /// Names longer than this (in characters) are not asked for: the end of the id is.
    public static let longName = 24
    /// How many characters of the id are asked for instead of a long name.
    public static let idSuffixLength = 6
    /// The most characters of a name shown (server text: a name longer than this is cut).
    public static let nameLimit = 120
    /// The most characters the typed text holds (more than any expected text).
    public static let typedLimit = 64

    public init(
        action: JobAction, job: TrainingJob, versionLabel: String? = nil, panel: DetailPanel? = nil
    ) {
        self.action = action
        self.job = job
        self.versionLabel = versionLabel
        self.panel = panel
        expected = action.isDelete ? Self.expectedText(for: job) : ""
    }

    /// True for a delete, which asks for typed text; false for a stop, which asks for `y`.
    public var isDelete: Bool { action.isDelete }

    /// The job's name as the screen shows it (server text made safe, one line).
    public var safeName: String { SafeText.visible(String(job.name.prefix(WriteConfirm.nameLimit))) }

    /// True when what was typed is what the delete asks for.
    public var matches: Bool { !expected.isEmpty && typed == expected }

    /// What a delete of `job` asks the person to type: the name when it is short and plain printable
    /// ASCII (anything else may not be typeable, or may look like something it is not), else the last
    /// `idSuffixLength` characters of the id.
    public static func expectedText(for job: TrainingJob) -> String {
        let name = job.name
        let plain = name.unicodeScalars.allSatisfy { $0.value >= 0x21 && $0.value < 0x7f }
        if !name.isEmpty, plain, name.count <= longName { return name }
        return String(job.id.description.suffix(idSuffixLength))
    }

    /// True when the delete asks for the end of the id rather than the name.
    public var asksForID: Bool { isDelete && expected != job.name }

    /// The question's headline: "Stop llama-sft-3?" / "Delete version V2 of resnet-ocr?".
    public var question: String {
        switch action {
        case .terminateV2, .stopV1:
            return "Stop \(safeName)" + (versionLabel.map { " (version \($0))" } ?? "") + "?"
        case .deleteV2, .deleteV1Job:
            return "Delete \(safeName)" + (job.api == .v1 ? " and all its versions?" : "?")
        case .deleteV1Version:
            return "Delete version \(versionLabel ?? "?") of \(safeName)?"
        }
    }
}
