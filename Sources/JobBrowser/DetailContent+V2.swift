import JobPresentation
import ModelArts
import TerminalUI

extension DetailContent {
    /// A v2 job's lines: what a person looks for first (phase, algorithm or image, engine, resources,
    /// tasks, times, failure reason), then parameters, inputs and outputs, then the events, newest first.
    /// Until the detail arrives the row's own facts show; a failed fetch is one line and keeps them.
    static func v2Lines(_ panel: DetailPanel, fetch: V2DetailFetch, _ f: Formatter) -> [Line] {
        let detail = fetch.loadedDetail
        let job = detail?.job ?? panel.job
        let facts = detail?.facts ?? job.v2 ?? V2JobFacts()
        var lines = v2Summary(job, facts: facts, detail: detail, f)
        switch fetch.detail {
        case .loading:
            lines.append(Line("", "loading detail" + f.glyphs.ellipsis, .dim))
        case .failed(let error):
            lines.append(Line("", failureLine("detail", error), .error))
        case .loaded(let d):
            lines += v2Specifics(d, f)
        }
        lines.append(Line("", ""))
        lines += eventLines(fetch.events, f)
        return lines
    }

    /// One line for a failed fetch: 2775 says the job is gone, anything else the error's own line.
    static func failureLine(_ what: String, _ error: APIError) -> String {
        if error.isJobGone { return "this job no longer exists (ModelArts.2775)" }
        return "could not load \(what): " + SafeText.visible(error.message)
    }

    static func v2Summary(_ job: TrainingJob, facts: V2JobFacts, detail: V2JobDetail?, _ f: Formatter) -> [Line] {
        let phase = f.glyph(job.status.group) + " " + SafeText.visible(job.status.word)
        let secondary = facts.secondaryPhase.map { "  (" + SafeText.visible($0) + ")" } ?? ""
        var lines = [
            Line("Name", SafeText.visible(job.name)),
            Line("Job ID", SafeText.visible(job.id.description)),
            Line("Phase", phase + secondary, .status(job.status.group)),
        ]
        lines.append(
            Line(
                facts.imageURL != nil && facts.algorithmName == nil ? "Image" : "Algorithm",
                text(facts.algorithmOrImage, f)))
        lines.append(Line("Engine", text(facts.engine?.text, f)))
        var flavor = text(facts.flavor, f)
        if let type = detail?.flavorType, !type.isEmpty { flavor += " (" + SafeText.visible(type) + ")" }
        lines.append(Line("Flavor", flavor))
        lines.append(Line("Nodes", facts.nodeCount.map(String.init) ?? f.none))
        lines.append(
            Line("Tasks", facts.tasks.isEmpty ? f.none : SafeText.visible(facts.tasks.joined(separator: ", "))))
        lines.append(Line("Created", f.exactTime(job.createTimeMS)))
        lines.append(Line("Started", f.exactTime(facts.startTimeMS ?? 0)))
        lines.append(Line("Duration", f.exactDuration(job.durationMS)))
        if let user = facts.userName, !user.isEmpty { lines.append(Line("User", SafeText.visible(user))) }
        lines.append(Line("Description", job.description.isEmpty ? f.none : SafeText.visible(job.description)))
        return lines
    }

    static func v2Specifics(_ d: V2JobDetail, _ f: Formatter) -> [Line] {
        var lines: [Line] = []
        if let reason = d.failureReason, !reason.isEmpty {
            lines.append(Line("Failure", SafeText.visible(reason), .error))
        }
        if let boot = d.facts.bootFile { lines.append(Line("Boot file", SafeText.visible(boot))) }
        if let code = d.codeDir { lines.append(Line("Code dir", SafeText.visible(code))) }
        if let command = d.command { lines.append(Line("Command", SafeText.visible(command))) }
        if let pool = d.poolName { lines.append(Line("Pool", SafeText.visible(pool))) }
        if let logs = d.logExportPath { lines.append(Line("Logs", SafeText.visible(logs))) }
        lines += parameterLines("Parameters", d.parameters, f)
        if !d.environments.isEmpty { lines += parameterLines("Environment", d.environments, f) }
        lines += pathLines("Inputs", d.inputs, f)
        lines += pathLines("Outputs", d.outputs, f)
        return lines
    }

    static func parameterLines(_ title: String, _ list: [V2JobDetail.Parameter], _ f: Formatter) -> [Line] {
        var lines = [Line("", ""), Line("", "\(title) (\(list.count))", .heading)]
        if list.isEmpty { lines.append(Line("", "none", .dim)) }
        for p in list { lines.append(Line("", SafeText.visible(p.name + "=" + p.value))) }
        return lines
    }

    static func pathLines(_ title: String, _ list: [V2JobDetail.DataPath], _ f: Formatter) -> [Line] {
        var lines = [Line("", ""), Line("", "\(title) (\(list.count))", .heading)]
        if list.isEmpty { lines.append(Line("", "none", .dim)) }
        for p in list {
            let place = [p.remote, p.localDir.map { "→ " + $0 }].compactMap { $0 }.joined(separator: " ")
            lines.append(Line("", SafeText.visible(p.name + (place.isEmpty ? "" : ": " + place))))
        }
        return lines
    }

    /// The events newest first (the server's order is not trusted: events with a time are sorted by it).
    static func eventLines(_ events: V2DetailFetch.Part<[V2JobEvent]>, _ f: Formatter) -> [Line] {
        switch events {
        case .loading:
            return [Line("", "Events", .heading), Line("", "loading events" + f.glyphs.ellipsis, .dim)]
        case .failed(let error):
            return [Line("", "Events", .heading), Line("", failureLine("events", error), .error)]
        case .loaded(let list):
            var lines = [Line("", "Events (\(list.count))", .heading)]
            if list.isEmpty { lines.append(Line("", "no events", .dim)) }
            let newestFirst = list.enumerated().sorted { a, b in
                let ta = a.element.timeMS ?? Int64.min, tb = b.element.timeMS ?? Int64.min
                return ta != tb ? ta > tb : a.offset < b.offset
            }
            for (_, event) in newestFirst {
                let when = event.timeMS.map { f.eventTime($0) } ?? SafeText.visible(event.time)
                let text =
                    when + "  " + SafeText.visible(event.level) + " " + f.glyphs.separator + " "
                    + SafeText.visible(event.source) + "  " + SafeText.visible(event.message)
                lines.append(Line("", text, event.level.lowercased() == "error" ? .error : .field))
            }
            return lines
        }
    }

    static func text(_ value: String?, _ f: Formatter) -> String {
        guard let value, !value.isEmpty else { return f.none }
        return SafeText.visible(value)
    }
}

extension DetailContent.Formatter {
    /// `2026-11-26 16:03:41`, local time: an event's moment to the second.
    func eventTime(_ ms: Int64) -> String {
        HumanFormat.dateTime(epochMS: ms, utcOffsetSeconds: utcOffsetSeconds, seconds: true, ascii: glyphs != .unicode)
    }
}
