import Foundation
import ModelArts

extension EmulatorService {
    /// The ledger of accepted writes (held by the v2 store, which applies it to its jobs).
    var writes: WriteLedger { v2Store.writes }

    /// `POST /v2/{p}/training-jobs/{id}/actions` `{"action_type":"terminate"}` (contract §7.1): 202 with the
    /// job (phase Terminating), which settles as Terminated 3 to 7 seconds later (per job, from the
    /// seed). Only Creating, Pending and Running jobs: else 409 `ModelArts.2796`. A body that is not JSON
    /// is 400 `ModelArts.2787`; another or no `action_type` 400 `ModelArts.2812`; an unknown job 400 2775.
    func terminateV2(_ request: EmulatorRequest, jobID: String) -> (EmulatorResponse, Payload) {
        guard let index = v2Store.index(of: jobID) else { return (Self.v2NotFound(jobID), .none) }
        var action: Any?
        if !request.body.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any] else {
                return (EmulatorReply.v2Error(400, "ModelArts.2787", "Invalid JSON body."), .none)
            }
            action = object["action_type"]
        }
        guard let word = action as? String, word == "terminate" else {
            let shown = (action as? String).map { OneLine.clean($0, limit: 32) } ?? ""
            return (EmulatorReply.v2Error(400, "ModelArts.2812", "UnsupportedActionType:\(shown)"), .none)
        }
        let nowMS = now()
        let store = v2Store
        let settle = WriteLedger.settleDelayMS(seed: configuration.seed, job: stableKey(jobID))
        let accepted = writes.write { state -> Bool in
            guard !state.v2Deleted.contains(index) else { return false }
            let current = store.record(index, at: nowMS, stop: state.v2Stops[index])
            guard [.creating, .pending, .running].contains(current.state) else { return false }
            state.v2Stops[index] = WriteLedger.Stop(atMS: nowMS, settleMS: nowMS + settle)
            return true
        }
        guard accepted else {
            return (EmulatorReply.v2Error(409, "ModelArts.2796", "The job cannot be terminated."), .none)
        }
        return (EmulatorReply.json(202, store.response(index, at: nowMS, detail: true)), .v2(.job))
    }

    /// `DELETE /v2/{p}/training-jobs/{id}` (contract §8.1): 202 with an empty body; the job leaves the
    /// lists at once and its detail, events and logs answer 400 `ModelArts.2775`. Any state may be deleted.
    func deleteV2(jobID: String) -> (EmulatorResponse, Payload) {
        guard let index = v2Store.index(of: jobID) else { return (Self.v2NotFound(jobID), .none) }
        let removed = writes.write { $0.v2Deleted.insert(index).inserted }
        guard removed else { return (Self.v2NotFound(jobID), .none) }
        return (EmulatorResponse(status: 202), .none)
    }

    /// `POST /v1/{p}/training-jobs/{job}/versions/{v}/stop` (contract §7.2): `{"is_success":true}`; the
    /// version shows code 9 (Stopping) at once and 12 (Stopped) 3 to 7 seconds later. Only the job's
    /// current version in a queued or running code: else 400 `ModelArts.0105` in the v1 body.
    func stopV1(jobID: String, versionID: String) -> (EmulatorResponse, Payload) {
        let nowMS = now()
        guard let number = Int64(jobID), let job = currentJob(.number(number), at: nowMS) else {
            return (EmulatorReply.v1Error(400, "ModelArts.2775", "Training job not found"), .none)
        }
        guard let version = Int64(versionID),
            currentVersions(of: job.id, at: nowMS)?.contains(where: {
                $0.versionID == version
            }) == true
        else {
            return (EmulatorReply.v1Error(400, "ModelArts.2775", "Training job version not found"), .none)
        }
        let group = job.status.group
        let settle = WriteLedger.settleDelayMS(seed: configuration.seed, job: UInt64(bitPattern: version))
        let accepted = writes.write { state -> Bool in
            guard version == job.versionID, group == .queued || group == .running, state.v1Stops[version] == nil,
                !state.v1DeletedJobs.contains(number)
            else { return false }
            state.v1Stops[version] = WriteLedger.Stop(
                atMS: nowMS, settleMS: nowMS + settle, durationAtStopMS: job.durationMS, wasRunning: group == .running)
            return true
        }
        guard accepted else {
            let word = OneLine.clean(job.status.word, limit: 40)
            return (
                EmulatorReply.v1Error(400, "ModelArts.0105", "The training job version cannot be stopped (\(word))"),
                .none
            )
        }
        return (EmulatorReply.json(200, Acknowledgement()), .ack)
    }

    /// `DELETE /v1/{p}/training-jobs/{job}` (contract §8.2): `{"is_success":true}`; the job and its versions
    /// are gone at once (400 2775 after). `DELETE …/versions/{v}` (§8.3) removes one version; removing
    /// the last one removes the job.
    func deleteV1(jobID: String, versionID: String?) -> (EmulatorResponse, Payload) {
        let nowMS = now()
        guard let number = Int64(jobID), currentJob(.number(number), at: nowMS) != nil,
            let versions = currentVersions(of: .number(number), at: nowMS)
        else {
            return (EmulatorReply.v1Error(400, "ModelArts.2775", "Training job not found"), .none)
        }
        if let versionID {
            guard let version = Int64(versionID), versions.contains(where: { $0.versionID == version }) else {
                return (EmulatorReply.v1Error(400, "ModelArts.2775", "Training job version not found"), .none)
            }
            writes.write { state in
                if versions.count <= 1 {
                    state.v1DeletedJobs.insert(number)
                } else {
                    state.v1DeletedVersions[number, default: []].insert(version)
                }
            }
        } else {
            writes.write { _ = $0.v1DeletedJobs.insert(number) }
        }
        return (EmulatorReply.json(200, Acknowledgement()), .ack)
    }

    /// `{"is_success":true}`.
    struct Acknowledgement: Encodable {
        var isSuccess = true
        enum CodingKeys: String, CodingKey { case isSuccess = "is_success" }
    }
}
