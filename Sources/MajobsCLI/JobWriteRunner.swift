import JobPresentation
import ModelArts

/// The work of `majobs stop` and `majobs delete` once the command line is parsed: checks that need no
/// network first (a usage error sends nothing), then finds the job (reads only), asks, and sends the one
/// write. Injected API and IO, so tests run it in-process.
struct JobWriteRunner {
    enum Kind: Sendable {
        case stop, delete
    }

    var kind: Kind
    var reference: JobReference
    /// `--version-id` (v1): stop or delete this version rather than the newest (stop) or the whole job (delete).
    var version: Int64?
    /// `--yes`: no question asked.
    var yes: Bool
    var io: any ConfirmIO

    /// What can be refused before connecting: `--read-only` (exit 1), no terminal to ask on without `--yes`
    /// (exit 64), `--version-id` with a v2 id (exit 64).
    func check(readOnlyFlag: Bool) throws(JobCommandError) {
        if readOnlyFlag { throw .failure(APIError.readOnlyMessage) }
        if case .v2 = reference, version != nil {
            throw .usage("--version-id is for v1 jobs: a v2 job has no versions")
        }
        if !yes && !io.canAsk {
            throw .usage(
                "refusing to \(kind == .stop ? "stop" : "delete") without a terminal to confirm on: pass --yes")
        }
    }

    /// Finds the job, asks, sends; returns the line for stdout. `readOnly` is the connection's (profile too).
    func run(api: any JobsAPI, choice: APIChoice, readOnly: Bool) async throws(JobCommandError) -> String {
        if readOnly { throw .failure(APIError.readOnlyMessage) }
        let job: ResolvedJob
        do throws(JobCommandError) {
            job = try await JobResolver(api: api, choice: choice).resolve(reference)
        } catch .notFound(let text) where kind == .delete && reference.isID {
            // Deleting by id is idempotent: a job already gone is the end the person asked for.
            return "job \(text) was already gone"
        }
        let (action, shownVersion) = try self.action(for: job)
        if !yes {
            guard io.canAsk else { throw .usage("refusing to send without a terminal to confirm on: pass --yes") }
            let confirmed: Bool
            switch kind {
            case .stop:
                confirmed = WriteConfirmation.confirmsStop(
                    io.ask(WriteConfirmation.stopPrompt(job, version: shownVersion)))
            case .delete:
                let answer = io.ask(WriteConfirmation.deletePrompt(job, version: shownVersion))
                confirmed = WriteConfirmation.confirmsDelete(answer, expected: WriteConfirmation.deleteAnswer(for: job))
            }
            guard confirmed else { throw .failure("cancelled: nothing was sent") }
        }
        let outcome: JobActionOutcome
        do throws(APIError) {
            outcome = try await api.perform(action)
        } catch {
            throw .api(error)
        }
        let what = WriteConfirmation.what(job, version: shownVersion)
        switch (outcome, kind) {
        case (.alreadyGone, _): return "\(what) was already gone"
        case (.accepted, .stop): return "stopping \(what)"
        case (.accepted, .delete): return "deleted \(what)"
        }
    }

    /// The write for `job`, and the v1 version it is about (nil for v2 and for deleting a whole v1 job).
    /// A stop of a job whose known status cannot be stopped is refused here, before sending.
    func action(for job: ResolvedJob) throws(JobCommandError) -> (JobAction, Int64?) {
        switch (kind, job.api) {
        case (.stop, .v2):
            try refuseUnstoppable(job, status: job.status)
            return (.terminateV2(id: job.id), nil)
        case (.delete, .v2):
            return (.deleteV2(id: job.id), nil)
        case (.stop, .v1):
            guard let jobID = job.v1JobID, let versionID = version ?? job.versionID else {
                throw .failure("job \(job.label) has no version to stop")
            }
            // The looked-up status is the newest version's; another version's is not known here.
            if versionID == job.versionID { try refuseUnstoppable(job, status: job.status) }
            return (.stopV1(jobID: jobID, versionID: versionID), versionID)
        case (.delete, .v1):
            guard let jobID = job.v1JobID else { throw .failure("job \(job.label) has no v1 id") }
            if let version { return (.deleteV1Version(jobID: jobID, versionID: version), version) }
            return (.deleteV1Job(jobID: jobID), nil)
        }
    }

    func refuseUnstoppable(_ job: ResolvedJob, status: JobStatus?) throws(JobCommandError) {
        guard let status, !status.canBeStopped else { return }
        let allowed = job.api == .v2 ? "Creating, Pending or Running jobs" : "queued or running jobs"
        throw .failure("job \(job.label) is \(status.word): only \(allowed) can be stopped")
    }
}
