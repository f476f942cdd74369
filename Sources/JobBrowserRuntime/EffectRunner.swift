import JobBrowser
import Logging
import ModelArts
import ModelArtsClient
import Synchronization

/// Carries out the reducer's effects off the terminal's thread and posts each result back as an
/// event. Correctness never depends on cancelling: the reducer drops results of old generations.
struct EffectRunner: Sendable {
    let api: any JobsAPI
    let logger: Logger
    let mailbox: Mailbox<BrowserEvent>

    func fetchPage(_ request: FetchRequest, generation: Int) async {
        do throws(APIError) {
            let page = try await Self.fetch(request, api: api)
            mailbox.post(.pageLoaded(request, generation: generation, page))
        } catch {
            logger.warning("list failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.pageFailed(request, generation: generation, error))
        }
    }

    func debounce(generation: Int, afterMS: Int) async {
        try? await Task.sleep(for: .milliseconds(afterMS))
        mailbox.post(.debounceElapsed(generation: generation))
    }

    func fetchVersions(_ id: JobID) async {
        do throws(APIError) {
            let versions = try await api.listVersions(jobID: id)
            mailbox.post(.versionsLoaded(id, versions))
        } catch {
            logger.warning("versions failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.versionsFailed(id, error))
        }
    }

    /// One page, or a page merged across the codes of a status group.
    static func fetch(_ request: FetchRequest, api: any JobsAPI) async throws(APIError) -> JobListPage {
        switch request {
        case .page(let query):
            return try await api.listJobs(query)
        case .group(let group):
            // The merged page is built anew; keep each code page's raw JSON for the detail view's `y`.
            let raw = Mutex(RawJobs())
            var page = try await GroupPageMerger.fetchMergedPage(group) { query throws(APIError) in
                let answer = try await api.listJobs(query)
                raw.withLock { $0 = $0.merged(with: answer.rawJobs) }
                return answer
            }
            page.rawJobs = raw.withLock { $0 }
            return page
        }
    }
}
