@testable import ModelArts
import Testing

@Suite("API availability: what auto resolves to")
struct APIAvailabilityTests {
    static let absent = APIError.routeAbsent(.v2)
    static let unauthorized = APIError.server(status: 401, code: "APIGW.0301", message: "bad signature")

    @Test("both answer: both offered, v2 shown")
    func both() throws {
        let a = try APIAvailability.decide(v2: nil, v1: nil)
        #expect(a.available == [.v2, .v1] && a.preferred == .v2 && a.hasBoth)
    }

    @Test("v2 absent: v1 alone; v1 absent: v2 alone")
    func oneAbsent() throws {
        #expect(try APIAvailability.decide(v2: Self.absent, v1: nil) == .init(available: [.v1], preferred: .v1))
        #expect(try APIAvailability.decide(v2: nil, v1: Self.absent) == .init(available: [.v2], preferred: .v2))
    }

    @Test("a v2 failure that is not absence keeps v2 on offer but shows v1, which answered")
    func v2Failing() throws {
        let a = try APIAvailability.decide(v2: .timeout(seconds: 15), v1: nil)
        #expect(a.available == [.v2, .v1] && a.preferred == .v1)
    }

    @Test("neither answers: the real failure is reported; both absent says so in one line")
    func neither() {
        #expect(throws: Self.unauthorized) { try APIAvailability.decide(v2: Self.unauthorized, v1: Self.unauthorized) }
        #expect(throws: Self.unauthorized) { try APIAvailability.decide(v2: Self.absent, v1: Self.unauthorized) }
        do {
            _ = try APIAvailability.decide(v2: Self.absent, v1: Self.absent)
            Issue.record("accepted")
        } catch {
            #expect(error.isRouteAbsent && error.message.contains("neither the v2 nor the v1"))
        }
    }
}
