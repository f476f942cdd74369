import ModelArts

/// The CSV rows of v2 jobs (RFC 4180 as `JobCSV`), with v2's own names for the header: the full id,
/// the phase and secondary phase, nodes and flavor, the algorithm or image.
public enum V2JobCSV {
    /// The header row's fields.
    public static let header = [
        "id", "name", "phase", "secondary_phase", "create_time", "duration_ms", "node_count", "flavor_id",
        "flavor_name", "algorithm_or_image", "user_name", "description",
    ]

    /// The header line, CRLF included.
    public static var headerLine: String { header.joined(separator: ",") + "\r\n" }

    /// One job's fields, unquoted; `text` is applied to the server's own strings.
    public static func fields(_ job: TrainingJob, text: (String) -> String = { $0 }) -> [String] {
        let facts = job.v2 ?? V2JobFacts()
        return [
            text(job.id.description), text(job.name), text(job.status.name), text(facts.secondaryPhase ?? ""),
            HumanFormat.iso8601(epochMS: job.createTimeMS), String(job.durationMS),
            facts.nodeCount.map(String.init) ?? "", text(facts.flavorID ?? ""), text(facts.flavorName ?? ""),
            text(facts.algorithmOrImage ?? ""), text(facts.userName ?? ""), text(job.description),
        ]
    }

    /// One job's line, CRLF included.
    public static func line(_ job: TrainingJob, text: (String) -> String = { $0 }) -> String {
        fields(job, text: text).map(JobCSV.field).joined(separator: ",") + "\r\n"
    }
}
