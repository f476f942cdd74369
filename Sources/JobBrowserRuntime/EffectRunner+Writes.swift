import JobBrowser
import ModelArts

extension EffectRunner {
    /// Sends one write through `JobsAPI.perform`, exactly once: nothing here retries it, whatever the
    /// answer (the client itself never repeats a write that may have reached the server). The outcome
    /// goes back as `.writeSucceeded` or `.writeFailed`.
    func perform(_ action: JobAction) async {
        do throws(APIError) {
            let outcome = try await api.perform(action)
            logger.info("write accepted", metadata: ["action": "\(action.verb)", "job": "\(action.jobID)"])
            mailbox.post(.writeSucceeded(action, outcome))
        } catch {
            logger.warning(
                "write failed",
                metadata: ["action": "\(action.verb)", "job": "\(action.jobID)", "error": "\(error.message)"])
            mailbox.post(.writeFailed(action, error))
        }
    }
}
