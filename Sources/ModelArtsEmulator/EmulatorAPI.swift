/// A ModelArts API the emulator can serve (`--apis v1,v2`); a route of an API not served answers
/// 404 `APIGW.0101`, as a region without it does (contract U19).
public enum EmulatorAPI: String, Sendable, CaseIterable, Hashable {
    /// The old training jobs: `/v1/{project_id}/training-jobs…`.
    case v1
    /// The new training jobs: `/v2/{project_id}/training-job-searches` and `/v2/{project_id}/training-jobs/…`.
    case v2
}
