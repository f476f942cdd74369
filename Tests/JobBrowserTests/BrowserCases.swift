import JobBrowser
import ModelArts

/// Each case's payload as an optional, so a test can `#require` the effect or mode it expects and fail
/// when it gets another, instead of returning early from a `guard case`.
extension BrowserEffect {
    /// The request and generation of a `.fetch`; nil for any other effect.
    var asFetch: (request: FetchRequest, generation: Int)? {
        if case .fetch(let request, let generation) = self { (request, generation) } else { nil }
    }

    /// The request of a `.fetchForProfile`; nil for any other effect.
    var asProfileFetch: FetchRequest? {
        if case .fetchForProfile(_, let request) = self { request } else { nil }
    }

    /// The request of an `.export`; nil for any other effect.
    var asExport: ExportRequest? {
        if case .export(let request) = self { request } else { nil }
    }
}

extension BrowserMode {
    /// The open status picker; nil in any other mode.
    var asStatusPicker: StatusPicker? {
        if case .statusPicker(let picker) = self { picker } else { nil }
    }

    /// The open profile picker; nil in any other mode.
    var asProfilePicker: ProfilePicker? {
        if case .profilePicker(let picker) = self { picker } else { nil }
    }

    /// The open detail panel; nil in any other mode.
    var asDetail: DetailPanel? {
        if case .detail(let panel) = self { panel } else { nil }
    }
}

extension FetchRequest {
    /// The query of a `.page` request; nil for a group.
    var asPage: JobListQuery? {
        if case .page(let query) = self { query } else { nil }
    }

    /// The query of a `.group` request; nil for a page.
    var asGroup: GroupQuery? {
        if case .group(let query) = self { query } else { nil }
    }
}

extension ProfileNotice {
    /// The message of a failed switch; nil while connecting.
    var failureMessage: String? {
        if case .failed(_, let message) = self { message } else { nil }
    }
}
