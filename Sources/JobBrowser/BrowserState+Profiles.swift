extension BrowserState {
    /// Opens the switcher, or says there is nothing to switch to.
    mutating func openProfilePicker() -> [BrowserEffect] {
        guard !config.profiles.isEmpty else {
            profileNotice = .failed("", message: "no profiles: add [profiles.NAME] tables to the config file")
            return []
        }
        mode = .profilePicker(ProfilePicker(names: config.profiles, current: config.profileName))
        return []
    }

    mutating func profilePickerAction(_ action: BrowserAction, picker: ProfilePicker) -> [BrowserEffect] {
        var picker = picker
        switch action {
        case .moveDown: picker.move(by: 1)
        case .moveUp: picker.move(by: -1)
        case .first: picker.select(0)
        case .last: picker.select(picker.names.count - 1)
        case .close:
            mode = .table
            return []
        case .choose:
            mode = .table
            guard let name = picker.highlighted, name != config.profileName else { return [] }
            profileNotice = .connecting(name)
            return [.connectProfile(name)]
        default:
            return []
        }
        mode = .profilePicker(picker)
        return []
    }

    /// The new profile is live: its saved view (if any) applies, and page 1 loads from the new source.
    mutating func profileConnected(_ connected: ProfileSwitch) -> [BrowserEffect] {
        // Only the switch still awaited counts; an older one finishing late is dropped.
        guard profileNotice == .connecting(connected.profile) else { return [] }
        profileNotice = nil
        config.profileName = connected.profile
        config.sourceLabel = connected.sourceLabel
        config.isDemo = connected.isDemo
        if let view = connected.view {
            filter = view.filter
            sortField = view.sortField
            sortOrder = view.sortOrder
            searchHistory = view.searchHistory
            if let perPage = view.perPage { config.perPage = perPage }
        }
        search = ""
        rows = []
        shownRequest = nil
        shownLoadedAtMS = nil
        cache.removeAll()
        selection.setCount(0)
        paging = Paging(page: 1, perPage: config.perPage ?? paging.perPage)
        if case .detail = mode { mode = .table }
        bumpGeneration()
        return loadWanted(anchor: .first, useCache: false)
    }

    /// The switch failed: say so on one line and keep browsing the current profile.
    mutating func profileFailed(_ name: String, message: String) -> [BrowserEffect] {
        guard profileNotice == .connecting(name) else { return [] }
        profileNotice = .failed(name, message: message)
        return []
    }
}
