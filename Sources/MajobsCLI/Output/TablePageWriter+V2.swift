import JobPresentation
import ModelArts
import TerminalUI

extension TablePageWriter {
    /// The columns of one API's table: titles, width caps, which shrink first (to what floor) when the
    /// terminal is narrow, which are right-aligned and which are cut in the middle.
    struct Spec {
        var titles: [String]
        var caps: [(Int, Int)]
        var shrink: [(Int, Int)]
        var rightAligned: Set<Int>
        var cutMiddle: Set<Int>
    }

    static let v1Spec = Spec(
        titles: ["NAME", "STATUS", "CREATED", "DURATION", "VERSIONS", "ID", "DESCRIPTION"],
        caps: [(0, 60), (6, 60)], shrink: [(6, 11), (0, 12)], rightAligned: [3, 4], cutMiddle: [0])

    static let v2Spec = Spec(
        titles: ["NAME", "STATUS", "CREATED", "DURATION", "NODES × FLAVOR", "ALGORITHM/IMAGE", "ID"],
        caps: [(0, 60), (4, 40), (5, 40)], shrink: [(5, 11), (4, 11), (0, 12)], rightAligned: [3],
        cutMiddle: [0, 5])

    /// The first 8 characters of a v2 UUID: enough to tell jobs apart on a screen (CSV and JSON carry the whole id).
    static let shortIDLength = 8

    func v2Cells(_ job: TrainingJob) -> [String] {
        let facts = job.v2 ?? V2JobFacts()
        let id = job.id.description
        let nodes = facts.compactNodesAndFlavor ?? "-"
        return [
            SafeText.visible(job.name), SafeText.visible(job.status.word),
            HumanFormat.dateTime(epochMS: job.createTimeMS, utcOffsetSeconds: utcOffsetSeconds, ascii: ascii),
            HumanFormat.duration(ms: job.durationMS, ascii: ascii),
            SafeText.visible(ascii ? nodes.replacingOccurrences(of: "×", with: "x") : nodes),
            SafeText.visible(facts.algorithmOrImage ?? "-"),
            SafeText.visible(String(id.prefix(Self.shortIDLength))),
        ]
    }
}
