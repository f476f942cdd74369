import Foundation
import ModelArts

/// Where `majobs stop|delete` asks for confirmation: injected so tests answer without a terminal.
protocol ConfirmIO: Sendable {
    /// True when a person can answer: standard input and standard error are terminals.
    var canAsk: Bool { get }
    /// Writes `prompt` (on stderr) and reads one line; nil at the end of input.
    func ask(_ prompt: String) -> String?
}

/// The process's terminal: the prompt on stderr (stdout stays for results), the answer from stdin.
struct TerminalConfirmIO: ConfirmIO {
    var canAsk: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1 }

    func ask(_ prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        return readLine(strippingNewline: true)
    }
}

/// What a person is asked before a write, and what counts as yes.
enum WriteConfirmation {
    /// A name longer than this is not asked for: the last 6 characters of the id are, instead.
    static let longName = 32

    /// `y` (either case) confirms a stop; anything else, an empty line or the end of input cancels.
    static func confirmsStop(_ answer: String?) -> Bool {
        guard let answer else { return false }
        return ["y", "Y"].contains(answer.trimmingCharacters(in: .whitespaces))
    }

    /// What must be typed to delete `job`: its name, or the last 6 characters of its id when the name is
    /// long, empty, or holds characters one cannot type (controls, surrounding spaces).
    static func deleteAnswer(for job: ResolvedJob) -> String {
        let name = job.name
        let typeable = !name.isEmpty && name.count <= longName && OneLine.clean(name, limit: longName + 1) == name
        return typeable ? name : String(job.id.suffix(6))
    }

    /// Only the exact text confirms a delete (surrounding spaces aside).
    static func confirmsDelete(_ answer: String?, expected: String) -> Bool {
        guard let answer else { return false }
        return answer.trimmingCharacters(in: .whitespaces) == expected
    }

    static func stopPrompt(_ job: ResolvedJob, version: Int64?) -> String {
        "Stop \(what(job, version: version))? Type y to confirm [y/N]: "
    }

    static func deletePrompt(_ job: ResolvedJob, version: Int64?) -> String {
        let answer = deleteAnswer(for: job)
        let asked = answer == job.name ? "its name" : "the last 6 characters of its id"
        return "Delete \(what(job, version: version))? This cannot be undone. Type \(asked) (\(answer)) to confirm: "
    }

    /// `job NAME (ID)`, or `version V of job NAME (ID)`.
    static func what(_ job: ResolvedJob, version: Int64?) -> String {
        guard let version else { return "job \(job.label)" }
        return "version \(version) of job \(job.label)"
    }
}
