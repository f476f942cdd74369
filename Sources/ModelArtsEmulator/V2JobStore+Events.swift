extension V2JobStore {
    /// A job's events, oldest first: creation, scheduling, the start of every task, and how it ended,
    /// with the failure explained (the failed task's exit code and message, the create or lost cause).
    func events(_ index: Int, at nowMS: Int64) -> [V2JobEvent] {
        let record = record(index, at: nowMS)
        let story = story(record)
        let flavor = V2Catalog.flavors[record.flavor]
        let create = record.createMS
        var events = [
            V2JobEvent(atMS: create, "Info", "Job", "Training job created."),
            V2JobEvent(
                atMS: create + 1_000, "Info", "Job",
                "Training job is being scheduled: \(record.nodeCount) node(s) of \(flavor.id)."),
        ]
        // Every event is at or before the moment the store was made, so a standing job's history never
        // changes; a live job's history reaches now.
        let horizon = isLive ? nowMS : generatedAtMS
        switch record.state {
        case .creating:
            return events
        case .createFailed:
            events.append(
                V2JobEvent(
                    atMS: create + 8_000, "Error", "Job", "Training job creation failed: \(story.cause ?? "unknown")."))
            return events
        default: break
        }
        let queuedAt = create + 2_000
        let queuedUntil = record.startMS > 0 ? record.startMS : horizon
        if queuedUntil - queuedAt > 10_000 {
            events.append(V2JobEvent(atMS: queuedAt, "Info", "Job", "Training job is queuing: waiting for resources."))
            if queuedUntil - queuedAt > 60_000 {
                events.append(
                    V2JobEvent(
                        atMS: queuedAt + 30_000, "Warning", "K8S",
                        "0/\(record.nodeCount) nodes are available: insufficient \(flavor.type) resources in the pool."
                    ))
            }
        }
        guard record.startMS > 0 else {
            if record.state == .terminated { appendTermination(&events, at: (create + horizon) / 2, failed: false) }
            return events
        }
        let start = record.startMS
        events.append(V2JobEvent(atMS: start - 1_000, "Info", "K8S", "Pulling the image and the code."))
        for (i, host) in story.taskHosts.enumerated() {
            events.append(V2JobEvent(atMS: start, "Info", "Task", "[worker-\(i)] started on node \(host)."))
        }
        events.append(V2JobEvent(atMS: start, "Info", "Job", "Training job is running."))
        let end = start + durationMS(record, at: horizon)
        switch record.state {
        case .completed:
            events.append(V2JobEvent(atMS: end, "Info", "Task", "[worker-0] exited with code 0."))
            events.append(V2JobEvent(atMS: end, "Info", "Job", "Training job completed."))
        case .failed:
            if let task = story.failedTask {
                events.append(
                    V2JobEvent(
                        atMS: end, "Error", "Task", "[\(task.task)] exited with code \(task.exitCode): \(task.message)")
                )
            }
            events.append(
                V2JobEvent(atMS: end, "Error", "Job", "Training job failed: \(story.endReason ?? "unknown")."))
        case .lost:
            events.append(V2JobEvent(atMS: end - 10_000, "Warning", "K8S", story.cause ?? "Node lost."))
            events.append(
                V2JobEvent(atMS: end, "Error", "Job", "Training job is abnormal: \(story.cause ?? "node lost")."))
        case .unknown:
            events.append(
                V2JobEvent(
                    atMS: end, "Warning", "Job",
                    "The status of the training job is unknown: the scheduler has not reported for 10 minutes."))
        case .terminated, .terminatedFailed:
            appendTermination(&events, at: end, failed: record.state == .terminatedFailed)
        case .terminating:
            events.append(
                V2JobEvent(atMS: max(start, horizon - 20_000), "Info", "Job", "Termination requested by the user."))
        default: break
        }
        return events
    }

    private func appendTermination(_ events: inout [V2JobEvent], at end: Int64, failed: Bool) {
        events.append(V2JobEvent(atMS: end - 5_000, "Info", "Job", "Termination requested by the user."))
        if failed {
            events.append(
                V2JobEvent(
                    atMS: end, "Error", "Job", "Failed to terminate the training job: the tasks did not stop in 300 s.")
            )
        } else {
            events.append(V2JobEvent(atMS: end, "Info", "Job", "Training job terminated."))
        }
    }
}
