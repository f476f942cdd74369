import ModelArts

extension BrowserState {
    mutating func pickerAction(_ action: BrowserAction, picker: StatusPicker) -> [BrowserEffect] {
        var picker = picker
        switch action {
        case .moveDown: picker.move(by: 1)
        case .moveUp: picker.move(by: -1)
        case .first: picker.select(0)
        case .last: picker.select(picker.items.count - 1)
        case .close:
            mode = .table
            return []
        case .choose:
            mode = .table
            let chosen = picker.highlighted
            guard chosen != filter else { return [] }
            filter = chosen
            return queryChanged(anchor: .first)
        default:
            return []
        }
        mode = .statusPicker(picker)
        return []
    }

    mutating func detailAction(_ action: BrowserAction) -> [BrowserEffect] {
        switch action {
        case .close:
            mode = .table
            return []
        case .moveDown, .moveUp:
            let before = selection.index
            selection.move(by: action == .moveDown ? 1 : -1)
            guard selection.index != before, let job = selectedJob else { return [] }
            mode = .detail(DetailPanel(job: job))
            return [.fetchVersions(job.id)]
        default:
            return []
        }
    }
}
