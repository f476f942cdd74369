import ModelArts

/// The state of the data as a person sees it; each case looks different on screen.
public enum DataStatus: Hashable, Sendable {
    /// Waiting for the wanted page (rows from before may still be shown).
    case loading
    /// The wanted page is on screen and fresh.
    case loaded
    /// The query matched nothing.
    case empty
    /// The rows on screen are the wanted page but old: a cached page being refetched
    /// (`refreshing`), an old page, or a refresh that failed (`error`).
    case stale(sinceMS: Int64, error: APIError?, refreshing: Bool)
    /// The wanted page could not be fetched and nothing of it is on screen.
    case error(APIError)
}

extension BrowserState {
    /// What the status line should say about the data.
    public var dataStatus: DataStatus {
        let current = showsWantedPage
        let since = shownLoadedAtMS ?? 0
        let old = current && nowMS - since > staleAfterMS
        switch phase {
        case .idle:
            return .loading
        case .loading:
            // A page shown from the cache because it was too old to trust is being fetched again.
            let refetching = current && nowMS - since > cacheMaxAgeMS
            return refetching ? .stale(sinceMS: since, error: nil, refreshing: true) : .loading
        case .failed(let error):
            return current ? .stale(sinceMS: since, error: error, refreshing: false) : .error(error)
        case .loaded:
            if old { return .stale(sinceMS: since, error: nil, refreshing: false) }
            return selection.isEmpty && (paging.total ?? 0) == 0 ? .empty : .loaded
        }
    }
}
