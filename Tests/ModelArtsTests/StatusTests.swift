import Foundation
import ModelArts
import Testing

/// v1 status codes as ../shared/reference/modelarts-v1-api.md section 3 documents them.
@Suite("JobStatus")
struct StatusTests {
    /// Section 3's table, copied by hand: code -> documented name.
    static let documentedNames: [Int: String] = [
        0: "JOBSTAT_UNKNOWN", 1: "JOBSTAT_INIT", 2: "JOBSTAT_IMAGE_CREATING", 3: "JOBSTAT_IMAGE_FAILED",
        4: "JOBSTAT_SUBMIT_TRYING", 5: "JOBSTAT_SUBMIT_FAILED", 6: "JOBSTAT_DELETE_FAILED", 7: "JOBSTAT_WAITING",
        8: "JOBSTAT_RUNNING", 9: "JOBSTAT_KILLING", 10: "JOBSTAT_COMPLETED", 11: "JOBSTAT_FAILED",
        12: "JOBSTAT_KILLED", 13: "JOBSTAT_CANCELED", 14: "JOBSTAT_LOST", 15: "JOBSTAT_SCALING",
        16: "JOBSTAT_SUBMIT_MODEL_FAILED", 17: "JOBSTAT_DEPLOY_SERVICE_FAILED", 18: "JOBSTAT_CHECK_INIT",
        19: "JOBSTAT_CHECK_RUNNING", 20: "JOBSTAT_CHECK_RUNNING_COMPLETED", 21: "JOBSTAT_CHECK_FAILED",
        22: "MOUNT_FAILED",
    ]

    /// Section 3's person-facing grouping.
    static let documentedGroups: [StatusGroup: [Int]] = [
        .queued: [1, 2, 4, 7, 18], .running: [8, 15, 19], .succeeded: [10, 20],
        .failed: [3, 5, 6, 11, 14, 16, 17, 21, 22], .stopping: [9], .stopped: [12, 13], .unknown: [0],
    ]

    static func documentedGroup(of code: Int) -> StatusGroup {
        documentedGroups.first { $0.value.contains(code) }?.key ?? .unknown
    }

    @Test("codes 0...22 carry their documented names", arguments: 0...22)
    func names(code: Int) {
        #expect(JobStatus(code: code).name == Self.documentedNames[code])
        #expect(JobStatus(code: code).code == code)
    }

    @Test("codes 0...22 fall in the documented groups", arguments: 0...22)
    func groups(code: Int) {
        #expect(JobStatus(code: code).group == Self.documentedGroup(of: code))
    }

    @Test("knownCodes is exactly 0...22, and each group lists its codes in order")
    func knownCodesAndGroupCodes() {
        #expect(JobStatus.knownCodes == Array(0...22))
        for group in StatusGroup.allCases {
            #expect(group.codes == (Self.documentedGroups[group] ?? []), "\(group)")
        }
        #expect(StatusGroup.allCases.flatMap(\.codes).sorted() == Array(0...22), "every code in exactly one group")
    }

    @Test("words are short, distinct, capitalised and one line", arguments: 0...22)
    func words(code: Int) {
        let word = JobStatus(code: code).word
        #expect(!word.isEmpty && word.count <= 16, "\(word)")
        #expect(word.first?.isUppercase == true)
        #expect(!word.contains("JOBSTAT") && !word.contains("\n"))
        let others = (0...22).filter { $0 != code }.map { JobStatus(code: $0).word }
        #expect(!others.contains(word), "\(word) is used twice")
    }

    @Test("a few words say what the document means")
    func wordMeanings() {
        #expect(JobStatus(code: 8).word == "Running")
        #expect(JobStatus(code: 10).word == "Completed")
        #expect(JobStatus(code: 11).word == "Failed")
        #expect(JobStatus(code: 7).word == "Queued")
        #expect(JobStatus(code: 9).word == "Stopping")
    }

    @Test(
        "codes outside the table display as UNKNOWN(n) and group as unknown", arguments: [23, 37, 100, -1, .max, .min])
    func unknownCodes(code: Int) {
        let status = JobStatus(code: code)
        #expect(status.name == "UNKNOWN(\(code))")
        #expect(status.word == "UNKNOWN(\(code))")
        #expect(status.group == .unknown)
    }

    @Test("parse by code, name (with or without JOBSTAT_) and word, any case", arguments: 0...22)
    func parseEach(code: Int) throws {
        let status = JobStatus(code: code)
        let name = try #require(Self.documentedNames[code])
        #expect(JobStatus.parse(String(code)) == status)
        #expect(JobStatus.parse(" \(code) ") == status)
        #expect(JobStatus.parse(name) == status)
        #expect(JobStatus.parse(name.lowercased()) == status)
        if name.hasPrefix("JOBSTAT_") {
            #expect(JobStatus.parse(String(name.dropFirst(8))) == status)
        }
        #expect(JobStatus.parse(status.word) == status, "\(status.word)")
        #expect(JobStatus.parse(status.word.lowercased()) == status)
        #expect(JobStatus.parse(status.word.uppercased().replacingOccurrences(of: " ", with: "_")) == status)
    }

    @Test("parse examples a person would type")
    func parseExamples() {
        #expect(JobStatus.parse("running") == .code(8))
        #expect(JobStatus.parse("RUNNING") == .code(8))
        #expect(JobStatus.parse("JOBSTAT_FAILED") == .code(11))
        #expect(JobStatus.parse("failed") == .code(11))
        #expect(JobStatus.parse("mount_failed") == .code(22))
        #expect(JobStatus.parse("building image") == .code(2))
        #expect(JobStatus.parse("completed") == .code(10))
        #expect(JobStatus.parse("37") == .code(37))
        #expect(JobStatus.parse("UNKNOWN(37)") == .code(37))
        #expect(JobStatus.parse("unknown(37)") == .code(37))
    }

    @Test("parse(status.name) finds the status, known or not", arguments: Array(0...40) + [1_000])
    func parseName(code: Int) {
        #expect(JobStatus.parse(JobStatus(code: code).name) == .code(code))
    }

    @Test(
        "parse refuses what is not a status",
        arguments: ["", " ", "JOBSTAT_", "RUN", "jobstat-running", "8x", "UNKNOWN()", "UNKNOWN(x)", "1.5"])
    func parseRefuses(text: String) {
        #expect(JobStatus.parse(text) == nil)
    }

    @Test("v2 phases: word and group")
    func phases() {
        #expect(JobStatus.phase("Running").group == .running)
        #expect(JobStatus.phase("Completed").word == "Completed")
        #expect(JobStatus.phase("COMPLETED").word == "COMPLETED", "a phase displays as it came")
        #expect(JobStatus.phase("COMPLETED").group == .unknown, "only the documented spelling has a group")
        #expect(JobStatus.phase("Failed").group == .failed)
        #expect(JobStatus.phase("Terminated").group == .stopped)
        #expect(JobStatus.phase("Pending").group == .queued)
        #expect(JobStatus.phase("Something").group == .unknown)
        #expect(JobStatus.phase("Running").code == nil)
        #expect(JobStatus.phase("Running").name == "Running")
    }

    @Test("decodes a number as a code and a string as a phase; encodes back the same")
    func coding() throws {
        let decoded = try JSONDecoder().decode([JobStatus].self, from: Data(#"[8, 37, "Running"]"#.utf8))
        #expect(decoded == [.code(8), .code(37), .phase("Running")])
        let encoded = try WireCoding.encoder().encode(decoded)
        #expect(String(decoding: encoded, as: UTF8.self) == #"[8,37,"Running"]"#)
    }

    @Test("group titles are the capitalised group names")
    func groupTitles() {
        for group in StatusGroup.allCases {
            #expect(group.title.lowercased() == group.rawValue)
        }
    }
}
