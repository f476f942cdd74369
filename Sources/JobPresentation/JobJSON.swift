import Foundation
import ModelArts

/// JSON output of jobs with the API's own field names, shared by `majobs list --output json` and the
/// browser's export: one object shaped like a `get_job_list` response holding every job, written in
/// pieces (`head`, each `job`, `tail`) so long lists stream. Keys are sorted; the encoder escapes
/// control characters.
public enum JobJSON {
    /// The opening of the response object, up to the `jobs` array's `[`.
    public static func head(totalCount: Int, countLimit: Int) -> String {
        #"{"is_success":true,"job_count_limit":\#(countLimit),"job_total_count":\#(totalCount),"jobs":["#
    }

    /// One job's object (no separator); nil only if encoding fails.
    public static func job(_ job: TrainingJob, encoder: JSONEncoder = WireCoding.encoder()) -> String? {
        guard let data = try? encoder.encode(job) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The close of the `jobs` array and the object, with a final newline.
    public static func tail(quotas: Int) -> String { #"],"quotas":\#(quotas)}"# + "\n" }
}
