import ArgumentParser
import JobBrowser
import ModelArts

/// What `majobs list` will ask for, decided from the flags and the API choice before anything is sent.
enum ListPlan {
    case v1(FetchRequest)
    case v2(V2ListPlan)
    /// `auto`, with flags both APIs understand: v2 first, v1 where the server has no v2.
    case either(v2: V2ListPlan, v1: FetchRequest)

    /// The APIs tried, in order.
    var apis: [APIVersion] {
        switch self {
        case .v1: return [.v1]
        case .v2: return [.v2]
        case .either: return [.v2, .v1]
        }
    }
}

/// A v2 listing: the search, and the field to sort by locally when it is not the server's creation time.
struct V2ListPlan {
    /// The server query (for a local sort: the filters; pages are then cut from the sorted whole).
    var query: V2ListQuery
    /// nil: the server's order (`create_time`); else every matching job is fetched and sorted here.
    var localSort: SortField?
    /// The direction of `localSort`.
    var order: SortOrder
}

/// A refusal found after connecting (a profile's `api` made the flags invalid, or a local sort over too
/// many jobs): printed like ArgumentParser's usage errors, exit 64.
struct ListUsageError: Error, CustomStringConvertible {
    var description: String
}

extension ListCommand {
    /// The plan for `choice`: each API's flags validated; under `auto` flags only one API understands
    /// pick that API (a v2 phase picks v2; `--per-page 51`…`1000`, a status code or `--sort versions`
    /// pick v1), and v1's refusal speaks when neither does.
    func makePlan(choice: APIChoice) throws -> ListPlan {
        switch choice {
        case .v1: return .v1(try makeRequest())
        case .v2: return .v2(try makeV2Plan())
        case .auto:
            if let word = status?.word, StatusArgument.isV2Only(word) { return .v2(try makeV2Plan()) }
            let v1 = try makeRequest()
            guard let v2 = try? makeV2Plan() else { return .v1(v1) }
            return .either(v2: v2, v1: v1)
        }
    }

    /// The v2 plan: `--per-page` is v2's `limit` (1...50), `--search` the name filter, `--status` a
    /// group or phase (one `phase in […]`), `--sort created` the server's sort and any other field a
    /// local sort; created defaults to newest first, the other fields to ascending.
    func makeV2Plan() throws -> V2ListPlan {
        var phases: [String] = []
        if let word = status?.word {
            do { phases = try StatusArgument.v2Phases(for: word) ?? [] } catch {
                throw ValidationError(error.description)
            }
        }
        let field = sort.given ? try sort.value { QueryError.invalidSort($0).flagMessage } : .created
        if field == .versions {
            throw ValidationError(
                "--sort versions: v2 jobs have no versions; use name, desc, status, duration or created")
        }
        let direction =
            order.given
            ? try order.value { QueryError.invalidOrder($0).flagMessage } : (field == .created ? .desc : .asc)
        do {
            let query = try V2ListQuery(
                page: page, limit: perPage, name: search, phases: phases, order: field == .created ? direction : .desc)
            return V2ListPlan(query: query, localSort: field == .created ? nil : field, order: direction)
        } catch {
            throw ValidationError(error.flagMessage)
        }
    }
}
