import ModelArts
import TerminalUI

/// Stop (`Ctrl-K`) and delete (`Ctrl-D`): the key opens a confirmation (or says in one line why not),
/// a confirmed write is one `.perform` effect, and its answer changes what the table shows.
extension BrowserState {
    /// The one line a read-only connection answers the write keys with (the client's refusal, word for word).
    public static let readOnlyRefusal = APIError.readOnlyMessage

    /// The keymap the hint bar and the help show: without the write keys on a read-only connection.
    public var shownKeymap: Keymap { config.readOnly ? keymap.withoutWrites : keymap }

    /// The status row `id` shows instead of its own while a write is under way; nil: its own.
    public func rowStatus(of id: JobID) -> JobStatus? {
        writes.isEmpty ? nil : writes[id]?.rowStatus
    }

    /// `Ctrl-K` or `Ctrl-D` on the table (`panel` nil: the selected job) or in a detail panel.
    mutating func writeKey(_ action: BrowserAction, panel: DetailPanel?) -> [BrowserEffect] {
        if config.readOnly {
            notice = Self.readOnlyRefusal
            return []
        }
        guard let job = panel?.job ?? selectedJob else { return [] }
        let name = SafeText.visible(String(job.name.prefix(WriteConfirm.nameLimit)))
        if let pending = writes[job.id], pending.nextPollMS != nil || pending.phase == .sending {
            notice = "\(name): a \(pending.action.verb) is already under way"
            return []
        }
        let version = v1Version(of: job, panel: panel)
        let write: JobAction
        switch (job.id, action) {
        case (.uuid(let uuid), .stopJob):
            write = .terminateV2(id: uuid)
        case (.uuid(let uuid), _):
            write = .deleteV2(id: uuid)
        case (.number(let n), .stopJob):
            write = .stopV1(jobID: n, versionID: job.versionID)
        case (.number(let n), _):
            write = panel == nil ? .deleteV1Job(jobID: n) : .deleteV1Version(jobID: n, versionID: job.versionID)
        }
        if action == .stopJob {
            let status = version?.status ?? job.status
            guard status.isStoppable else {
                let stoppable = job.api == .v2 ? "Creating, Pending or Running" : "queued or running"
                notice = "\(name) is \(status.word): only \(stoppable) jobs can be stopped"
                return []
            }
        }
        // The version is named where the write acts on one version (a v1 stop, a version delete).
        let onVersion: Bool
        switch write {
        case .stopV1, .deleteV1Version: onVersion = true
        case .terminateV2, .deleteV2, .deleteV1Job: onVersion = false
        }
        let label = onVersion ? SafeText.visible(version?.versionName ?? "V\(job.versionID)") : nil
        mode = .confirm(WriteConfirm(action: write, job: job, versionLabel: label, panel: panel))
        return []
    }

    /// The v1 version a write from `panel` acts on, once its versions are loaded.
    func v1Version(of job: TrainingJob, panel: DetailPanel?) -> JobVersion? {
        guard job.api == .v1, case .loaded(let list) = panel?.versions else { return nil }
        return list.versions.first { $0.versionID == job.versionID }
    }

    /// A key while a confirmation is open. A stop goes out on `y` alone; a delete on Enter after the
    /// expected text. Everything else cancels a stop; `Esc`, or Enter after anything else, cancels a delete.
    mutating func confirmKey(_ key: Key, action: BrowserAction?, confirm: WriteConfirm) -> [BrowserEffect] {
        var confirm = confirm
        if !confirm.isDelete {
            closeConfirm(confirm)
            guard key == .char("y") else {
                notice = "stop cancelled: nothing was sent"
                return []
            }
            return send(confirm)
        }
        switch action {
        case .cancel:
            closeConfirm(confirm)
            notice = "delete cancelled: nothing was sent"
            return []
        case .accept:
            closeConfirm(confirm)
            guard confirm.matches else {
                let what = confirm.asksForID ? "the end of its id" : "its name"
                notice =
                    confirm.typed.isEmpty
                    ? "delete cancelled: nothing was sent"
                    : "delete cancelled: what was typed is not \(what); nothing was sent"
                return []
            }
            return send(confirm)
        case .deleteBackward:
            if !confirm.typed.isEmpty { confirm.typed.removeLast() }
        case .clearLine:
            confirm.typed = ""
        default:
            if case .char(let c) = key, Self.isTypable(c), confirm.typed.count < WriteConfirm.typedLimit {
                confirm.typed.append(c)
            }
        }
        mode = .confirm(confirm)
        return []
    }

    /// Back to where the confirmation was opened from.
    mutating func closeConfirm(_ confirm: WriteConfirm) {
        mode = confirm.panel.map { .detail($0) } ?? .table
    }

    /// The confirmed write: the row shows it at once, and exactly one effect sends it.
    mutating func send(_ confirm: WriteConfirm) -> [BrowserEffect] {
        writes[confirm.action.jobID] = PendingWrite(action: confirm.action, name: confirm.safeName)
        return [.perform(confirm.action)]
    }

    /// The answer to a `.perform`.
    mutating func writeEvent(_ event: BrowserEvent) -> [BrowserEffect] {
        switch event {
        case .writeSucceeded(let action, let outcome):
            return writeSucceeded(action, outcome: outcome)
        case .writeFailed(let action, let error):
            let id = action.jobID
            let name = writes[id]?.name ?? id.description
            if writes[id]?.action == action { writes[id] = nil }
            // One line, and nothing else changes: the row shows its own status again.
            notice = "\(action.verb) \(name) failed: " + SafeText.visible(error.message)
            return []
        default:
            return []
        }
    }

    mutating func writeSucceeded(_ action: JobAction, outcome: JobActionOutcome) -> [BrowserEffect] {
        let id = action.jobID
        let name = writes[id]?.name ?? id.description
        switch action {
        case .terminateV2, .stopV1:
            writes[id] = PendingWrite(
                action: action, name: name, phase: .settling(nextPollMS: nowMS + PendingWrite.pollIntervalMS, polls: 0))
            notice = "\(action.api == .v2 ? "terminating" : "stopping") \(name)…"
            return []
        case .deleteV2, .deleteV1Job:
            writes[id] = nil
            notice = outcome == .alreadyGone ? "\(name) was already gone" : "deleted \(name)"
            if case .detail(let panel) = mode, panel.job.id == id { mode = .table }
            return removeDeletedRow(id)
        case .deleteV1Version(_, let version):
            writes[id] = nil
            notice =
                outcome == .alreadyGone
                ? "version \(version) of \(name) was already gone" : "deleted version \(version) of \(name)"
            var effects = autoRefresh()
            if case .detail(let panel) = mode, panel.job.id == id { effects.append(.fetchVersions(id)) }
            return effects
        }
    }
}
