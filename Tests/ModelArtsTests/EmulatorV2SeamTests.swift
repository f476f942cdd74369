import ModelArts
import ModelArtsEmulator
import TestSupport
import Testing

/// The in-process emulator API's v2 calls reach the emulator signed like the client's. This branch's
/// A v1-only emulator answers them with the gateway's "no such API": what `auto` falls back on.
@Suite("EmulatorJobsAPI: v2 calls through the emulator")
struct EmulatorV2SeamTests {
    @Test("a v1-only emulator answers every v2 call with 404 APIGW.0101, and auto resolves to v1")
    func v1Only() async throws {
        let api = EmulatorJobsAPI(jobs: 5, apis: [.v1])
        var failure: APIError?
        let query = try V2ListQuery(page: 2, limit: 5)
        do { _ = try await api.listV2Jobs(query) } catch { failure = error }
        #expect(failure?.isRouteAbsent == true, "\(String(describing: failure))")
        failure = nil
        do { _ = try await api.v2JobDetail(id: "x") } catch { failure = error }
        #expect(failure?.isRouteAbsent == true)
        #expect(api.listV2Queries.map(\.page) == [2])
        let availability = try await APIAvailability.resolve(.auto, api: api)
        #expect(availability == APIAvailability(available: [.v1], preferred: .v1))
    }
}
