import ModelArts

extension BrowserState {
    /// Opens the switcher, or says there is nothing to switch to.
    mutating func openProfilePicker() -> [BrowserEffect] {
        guard !config.profiles.isEmpty else {
            profileNotice = .failed("", message: "no profiles: add [profiles.NAME] tables to the config file")
            return []
        }
        mode = .profilePicker(ProfilePicker(entries: config.profiles, current: config.profileName))
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
            pendingProfile = nil
            return [.connectProfile(name)]
        case .screenDown, .screenUp, .nextPage, .previousPage, .search, .clearSearch, .statusFilter, .sortName,
            .sortStatus, .sortCreated, .sortDuration, .sortVersions, .sortDescription, .sortLeft, .sortRight,
            .invertSort, .refresh, .details, .help, .quit, .interrupt, .toggleRefresh, .copyID, .export, .toggleRaw,
            .exportCSV, .exportJSON, .switchProfile, .switchAPI, .accept, .cancel, .historyPrevious, .historyNext,
            .deleteBackward, .clearLine, .cursorLeft, .cursorRight, .deleteForward,
            // Writes
            .stopJob, .deleteJob,
            // Log view
            .openLog, .follow, .toggleWrap, .saveLog, .nextMatch, .previousMatch, .scrollLeft, .scrollRight:
            return []
        }
        mode = .profilePicker(picker)
        return []
    }

    /// The new profile is connected but not yet used: its first page is fetched through its own client
    /// first, and only when that page loads does the switch happen (`profilePageLoaded`). Until then
    /// the current profile's client, rows and header stay; a failure keeps them (`profileFailed`).
    mutating func profileConnected(_ connected: ProfileSwitch) -> [BrowserEffect] {
        // Only the switch still awaited counts; an older one finishing late is dropped.
        guard profileNotice == .connecting(connected.profile) else { return [] }
        let view = connected.view
        let perPage = view?.perPage ?? config.perPage ?? paging.perPage
        do {
            let request = try FetchRequest.make(
                filter: view?.filter ?? filter, search: "", sortBy: view?.sortField ?? sortField,
                order: view?.sortOrder ?? sortOrder, page: 1, perPage: Paging(perPage: perPage).perPage)
            pendingProfile = PendingProfile(connected: connected, request: request)
            return [.fetchForProfile(connected.profile, request)]
        } catch {
            return profileFailed(connected.profile, message: "its saved view is out of range")
        }
    }

    /// True when a first page for profile `name` answering `request` would complete the awaited switch
    /// (the runtime adopts the profile's client exactly then).
    public func acceptsProfilePage(_ name: String, request: FetchRequest) -> Bool {
        profileNotice == .connecting(name) && pendingProfile?.connected.profile == name
            && pendingProfile?.request == request
    }

    /// The new profile's first page loaded: the switch happens now, showing that page.
    mutating func profilePageLoaded(_ name: String, request: FetchRequest, page: JobListPage) -> [BrowserEffect] {
        guard acceptsProfilePage(name, request: request), let connected = pendingProfile?.connected else { return [] }
        profileNotice = nil
        pendingProfile = nil
        config.profileName = connected.profile
        config.sourceLabel = connected.sourceLabel
        config.isDemo = connected.isDemo
        config.readOnly = connected.readOnly
        if let view = connected.view {
            filter = view.filter
            sortField = view.sortField
            sortOrder = view.sortOrder
            searchHistory = view.searchHistory
            if let perPage = view.perPage { config.perPage = perPage }
        }
        search = ""
        cache.removeAll()
        listQuery = nil
        listLoadedAtMS = nil
        paging = Paging(page: 1, perPage: request.perPage)
        if case .detail = mode { mode = .table }
        // Answers still in flight from the old profile are dropped from here on.
        bumpGeneration()
        refreshSchedule.lastAttemptMS = nowMS
        anchor = .first
        return pageLoaded(request, generation: generation, page: page)
    }

    /// The switch failed: say so on one line and keep browsing the current profile.
    mutating func profileFailed(_ name: String, message: String) -> [BrowserEffect] {
        guard profileNotice == .connecting(name) else { return [] }
        pendingProfile = nil
        profileNotice = .failed(name, message: message)
        return []
    }
}
