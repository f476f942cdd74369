import ModelArts

extension BrowserState {
    /// Opens a v2 job's panel with the row's fields and asks for its detail and events.
    mutating func openV2Detail(_ job: TrainingJob) -> [BrowserEffect] {
        mode = .detail(DetailPanel(job: job, v2: V2DetailFetch()))
        return [.fetchV2Detail(job.id)]
    }

    /// A v2 detail or events answer for the panel on screen (an answer for a panel since closed is dropped).
    mutating func v2DetailEvent(_ event: BrowserEvent) {
        let id: JobID
        let change: (inout V2DetailFetch) -> Void
        switch event {
        case .v2DetailLoaded(let i, let detail):
            id = i
            change = { $0.detail = .loaded(detail) }
        case .v2DetailFailed(let i, let error):
            id = i
            change = { $0.detail = .failed(error) }
        case .v2EventsLoaded(let i, let events):
            id = i
            change = { $0.events = .loaded(events) }
        case .v2EventsFailed(let i, let error):
            id = i
            change = { $0.events = .failed(error) }
        default:
            return
        }
        guard case .detail(var panel) = mode, panel.job.id == id else { return }
        var fetch = panel.v2 ?? V2DetailFetch()
        change(&fetch)
        panel.v2 = fetch
        // Raw JSON already on screen stays as it is: it changes only when `y` is pressed again.
        panel.scroll = max(0, min(panel.scroll, maxDetailScroll(panel)))
        mode = .detail(panel)
    }
}
