import JobBrowser
import ModelArts

extension EffectRunner {
    /// A v2 job's detail and events, asked at the same time; each answer is posted as it arrives, so a
    /// slow or failing one never holds the other back.
    func fetchV2Detail(_ id: JobID) async {
        let uuid = id.description
        async let detail: Void = postDetail(id, uuid)
        async let events: Void = postEvents(id, uuid)
        _ = await (detail, events)
    }

    private func postDetail(_ id: JobID, _ uuid: String) async {
        do throws(APIError) {
            mailbox.post(.v2DetailLoaded(id, try await api.v2JobDetail(id: uuid)))
        } catch {
            logger.warning("v2 detail failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.v2DetailFailed(id, error))
        }
    }

    private func postEvents(_ id: JobID, _ uuid: String) async {
        do throws(APIError) {
            mailbox.post(.v2EventsLoaded(id, try await api.v2JobEvents(id: uuid)))
        } catch {
            logger.warning("v2 events failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.v2EventsFailed(id, error))
        }
    }
}
