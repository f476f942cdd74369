import Foundation
import JobBrowser
import ModelArts

extension EffectRunner {
    /// A v2 job's tasks (from its detail) or a v1 version's log file names.
    func fetchLogChoices(token: Int, job: TrainingJob) async {
        do throws(APIError) {
            let items: [String]
            switch job.id {
            case .uuid(let id): items = try await api.v2JobDetail(id: id).facts.tasks
            case .number(let id): items = try await api.v1LogFileNames(jobID: id, versionID: job.versionID)
            }
            mailbox.post(.logChoicesLoaded(token: token, items))
        } catch {
            logger.warning("log choices failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.logChoicesFailed(token: token, error))
        }
    }

    /// One log request: the v2 preview for a v2 tail, the line-paged API for everything else.
    func fetchLog(token: Int, _ fetch: LogFetch) async {
        do throws(APIError) {
            let page: LogPage
            switch fetch {
            case .tail(.v2(let jobID, let task)):
                page = try await api.v2LogPreview(jobID: jobID, task: task)
            case .tail(let source):
                page = try await api.logLines(LogLinesRequest(source: source, cursor: nil, direction: .older))
            case .older(let request), .walk(let request), .align(let request), .newer(let request):
                page = try await api.logLines(request)
            }
            mailbox.post(.logLoaded(token: token, fetch, page))
        } catch {
            logger.warning("log request failed", metadata: ["error": "\(error.message)"])
            mailbox.post(.logFailed(token: token, fetch, error))
        }
    }

    /// Waits, then says the follow poll is due.
    func scheduleLogPoll(token: Int, after delay: Duration) async {
        try? await clock.sleep(for: delay)
        mailbox.post(.logPollDue(token: token))
    }

    /// The followed job's status now (a failure says nothing: the next poll asks again).
    func fetchLogJobStatus(token: Int, job: TrainingJob) async {
        do throws(APIError) {
            switch job.id {
            case .uuid(let id):
                mailbox.post(.logJobStatus(token: token, try await api.v2JobDetail(id: id).job.status))
            case .number:
                let versions = try await api.listVersions(jobID: job.id)
                guard let status = versions.versions.first(where: { $0.versionID == job.versionID })?.status else {
                    return
                }
                mailbox.post(.logJobStatus(token: token, status))
            }
        } catch {
            logger.warning("log job status failed", metadata: ["error": "\(error.message)"])
        }
    }
}

/// Saves the log view's lines to a new private file.
enum LogSaver {
    /// Writes `request.text` to `<directory>/<baseName>-<yyyyMMdd-HHmmss>[-n].log`, created new with mode
    /// 0600 (a log can hold secrets); returns its path.
    static func save(_ request: SaveLogRequest, in directory: String) throws -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date(timeIntervalSince1970: Double(request.startedAtMS) / 1000))
        for n in 1...100 {
            let name = "\(request.baseName)-\(stamp)" + (n == 1 ? "" : "-\(n)") + ".log"
            let path = (directory as NSString).appendingPathComponent(name)
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                break
            }
            let file = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            try file.write(contentsOf: Data(request.text.utf8))
            try file.close()
            return path
        }
        throw CocoaError(.fileWriteUnknown)
    }
}
