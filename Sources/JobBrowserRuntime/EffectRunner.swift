import JobBrowser
import Logging
import ModelArts

/// Carries out the reducer's effects off the terminal's thread and posts each result back as an
/// event. Correctness never depends on cancelling: the reducer drops results of old generations.
struct EffectRunner: Sendable {
    let api: any JobsAPI
    let logger: Logger
    let mailbox: Mailbox<BrowserEvent>
    let clock: any Clock<Duration>

    func fetchPage(_ request: FetchRequest, generation: Int) async {
        do throws(APIError) {
            let page = try await request.fetch(from: api)
            mailbox.post(.pageLoaded(request, generation: generation, page))
        } catch {
            logger.warning("list failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.pageFailed(request, generation: generation, error))
        }
    }

    func debounce(generation: Int, after delay: Duration) async {
        try? await clock.sleep(for: delay)
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
}
