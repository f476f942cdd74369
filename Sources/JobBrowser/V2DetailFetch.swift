import ModelArts

/// Where a v2 job's detail and events are, in its detail panel: each is fetched on Enter and
/// arrives (or fails) on its own, so one failing leaves the other and the row's fields on screen.
public struct V2DetailFetch: Hashable, Sendable {
    /// One fetch's state.
    public enum Part<Value: Hashable & Sendable>: Hashable, Sendable {
        case loading
        case loaded(Value)
        case failed(APIError)
    }

    public var detail: Part<V2JobDetail>
    public var events: Part<[V2JobEvent]>

    public init(detail: Part<V2JobDetail> = .loading, events: Part<[V2JobEvent]> = .loading) {
        self.detail = detail
        self.events = events
    }

    /// The detail, once loaded.
    public var loadedDetail: V2JobDetail? {
        if case .loaded(let d) = detail { return d }
        return nil
    }
}
