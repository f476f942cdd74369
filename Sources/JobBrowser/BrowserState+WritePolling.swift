import ModelArts
import TerminalUI

/// After a stop is accepted the job is asked about every two seconds (its v2 detail, or its v1
/// versions) until it reaches a final state; then the pages in view are fetched again, and the row's
/// overlay goes once a page shows the job settled too. After a delete the row leaves the table.
extension BrowserState {
    /// When the next poll of a stopping job is due (epoch ms); nil when none is.
    public var nextWritePollMS: Int64? {
        writes.values.compactMap(\.nextPollMS).min()
    }

    /// The polls due now, in id order (one request per job: reads, safe to repeat).
    mutating func pollWrites() -> [BrowserEffect] {
        guard !writes.isEmpty else { return [] }
        var effects: [BrowserEffect] = []
        for id in writes.keys.sorted() {
            guard let write = writes[id], case .settling(let due?, let polls) = write.phase, nowMS >= due else {
                continue
            }
            if polls >= PendingWrite.maxPolls {
                writes[id] = nil
                notice = "\(write.name) has not settled after 10 minutes: r refreshes"
                continue
            }
            writes[id]?.phase = .settling(nextPollMS: nil, polls: polls + 1)
            effects.append(write.action.api == .v2 ? .fetchV2Detail(id) : .fetchVersions(id))
        }
        return effects
    }

    /// A detail or versions answer: news of a stopping job when one is being polled.
    mutating func writePollAnswer(_ event: BrowserEvent) -> [BrowserEffect] {
        guard !writes.isEmpty else { return [] }
        switch event {
        case .v2DetailLoaded(let id, let detail):
            return polled(id, status: detail.job.status)
        case .v2DetailFailed(let id, let error):
            return error.isJobGone ? polledGone(id) : pollLater(id)
        case .versionsLoaded(let id, let list):
            guard case .stopV1(_, let version) = writes[id]?.action else { return [] }
            guard let found = list.versions.first(where: { $0.versionID == version }) else { return polledGone(id) }
            return found.status.map { polled(id, status: $0) } ?? pollLater(id)
        case .versionsFailed(let id, _):
            return pollLater(id)
        default:
            return []
        }
    }

    /// The job's status now: a final one ends the polling and refreshes the rows in view.
    mutating func polled(_ id: JobID, status: JobStatus) -> [BrowserEffect] {
        guard let write = writes[id], case .settling = write.phase else { return [] }
        guard status.isFinal else { return pollLater(id) }
        writes[id]?.phase = .settled(status)
        notice = "\(write.name) is \(status.word)"
        return autoRefresh()
    }

    /// The job is gone (deleted meanwhile): nothing left to show.
    mutating func polledGone(_ id: JobID) -> [BrowserEffect] {
        guard let write = writes[id], case .settling = write.phase else { return [] }
        writes[id] = nil
        return autoRefresh()
    }

    /// Asks again in two seconds (a failed poll too: it is a read).
    mutating func pollLater(_ id: JobID) -> [BrowserEffect] {
        guard let write = writes[id], case .settling(_, let polls) = write.phase else { return [] }
        writes[id]?.phase = .settling(nextPollMS: nowMS + PendingWrite.pollIntervalMS, polls: polls)
        return []
    }

    /// A page arrived: a settled job it shows in a final state needs no overlay any more.
    mutating func pageShowsSettled(_ page: JobListPage) {
        guard !writes.isEmpty else { return }
        for job in page.jobs where job.status.isFinal {
            if case .settled = writes[job.id]?.phase { writes[job.id] = nil }
        }
    }

    /// The server confirmed a delete: the row leaves the cached page at once and the list counts one
    /// job fewer; that page is fetched again and the pages after it (whose rows moved up) are dropped,
    /// so the next answers reconcile with what the server lists.
    mutating func removeDeletedRow(_ id: JobID) -> [BrowserEffect] {
        guard let list = listQuery,
            let hit = cache.entries.first(where: { request, entry in
                request.sameList(as: list) && entry.page.jobs.contains { $0.id == id }
            })?.key
        else { return settle() }
        for request in cache.entries.keys where request.sameList(as: list) {
            cache.edit(request) { entry in
                entry.page.totalCount = max(0, entry.page.totalCount - 1)
                if request == hit {
                    entry.page.jobs.removeAll { $0.id == id }
                    entry.expired = true
                }
            }
        }
        cache.remove { $0.sameList(as: list) && $0.pageNumber > hit.pageNumber }
        if let total = paging.total { paging.total = max(0, total - 1) }
        let index = selection.index
        selection.setCount(paging.rowCount)
        selection.select(min(index, max(0, paging.rowCount - 1)))
        return settle()
    }
}
