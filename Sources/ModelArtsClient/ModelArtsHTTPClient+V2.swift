import Foundation
import ModelArts

extension ModelArtsHTTPClient {
    public func listV2Jobs(_ query: V2ListQuery) async throws(APIError) -> JobListPage {
        try await v2Pager.page(query)
    }

    public func v2JobDetail(id: String) async throws(APIError) -> V2JobDetail {
        let response = try await get(path: V2Wire.jobPath(projectID: configuration.projectID, id: id), query: [])
        return try V2Wire.decodeDetail(response.body, status: response.status)
    }

    public func v2JobEvents(id: String) async throws(APIError) -> [V2JobEvent] {
        let path = V2Wire.eventsPath(projectID: configuration.projectID, id: id)
        let response = try await get(path: path, query: V2Wire.eventsQuery)
        return try V2Wire.decodeEvents(response.body, status: response.status)
    }

    /// This client's pager, made on first use. It holds the client weakly: the client owns it.
    var v2Pager: V2Pager {
        v2PagerBox.withLock { box in
            if let pager = box { return pager }
            let pager = V2Pager { [weak self] query, offset throws(APIError) in
                guard let self else { throw .cancelled }
                return try await self.search(query, offset: offset)
            }
            box = pager
            return pager
        }
    }

    /// One v2 search request at a wire offset: the body serialised once, signed and sent as is.
    func search(_ query: V2ListQuery, offset: Int) async throws(APIError) -> V2Wire.SearchAnswer {
        let body = V2Wire.searchBody(query, offset: offset)
        let path = V2Wire.searchPath(projectID: configuration.projectID)
        let response = try await read(method: "POST", path: path, query: [], body: body)
        return try V2Wire.decodeSearch(response.body, status: response.status)
    }
}
