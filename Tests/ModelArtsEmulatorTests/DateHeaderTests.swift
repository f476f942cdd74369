import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Testing
@testable import ModelArtsEmulator

/// The `Date` header is formatted per response (no once-a-second cache timer), as an RFC 9110 IMF-fixdate.
@Suite("Date response header")
struct DateHeaderTests {
    /// An independent reference: Foundation's formatter with the fixed POSIX locale and GMT.
    static func reference(_ epochSeconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(epochSeconds)))
    }

    static func parse(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: value)
    }

    @Test("formats RFC 9110's own example, the epoch and a leap day")
    func knownDates() {
        #expect(HTTPDate.imfFixdate(epochSeconds: 784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.imfFixdate(epochSeconds: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.imfFixdate(epochSeconds: 951_825_599) == "Tue, 29 Feb 2000 11:59:59 GMT")
        #expect(HTTPDate.imfFixdate(epochSeconds: -1) == "Wed, 31 Dec 1969 23:59:59 GMT")
    }

    @Test("agrees with Foundation's formatter across 1900-2200, month ends and leap years included")
    func agreesWithFoundation() {
        var epochSeconds: Int64 = -2_208_988_800  // 1900-01-01
        let end: Int64 = 7_258_118_400  // 2200-01-01
        while epochSeconds < end {
            #expect(HTTPDate.imfFixdate(epochSeconds: epochSeconds) == Self.reference(epochSeconds))
            epochSeconds += 86_400 * 13 + 3_607  // steps across weekdays, days and hours
        }
    }

    @Test("every response over the socket carries a current Date, errors and refused bodies included")
    func overTheSocket() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(jobCount: 5))
        let session = ServerTests.session()
        let health = URLRequest(url: try #require(URL(string: server.endpoint + "/emulator/health")))
        var login = URLRequest(url: try #require(URL(string: server.endpoint + "/v3/auth/tokens")))
        login.httpMethod = "POST"
        login.httpBody = Data(#"{"auth":{}}"#.utf8)
        var oversized = login
        oversized.httpBody = Data(repeating: UInt8(ascii: " "), count: EmulatorResponder.maxBodyBytes + 1)
        var answers: [(Int, String?, String?)] = []
        for request in [health, login, oversized] {
            let before = Date().timeIntervalSince1970.rounded(.down)
            let (_, response) = try await session.data(for: request)
            let after = Date().timeIntervalSince1970
            let http = try #require(response as? HTTPURLResponse)
            let date = http.value(forHTTPHeaderField: "Date")
            answers.append((http.statusCode, date, http.value(forHTTPHeaderField: "Content-Length")))
            let value = try #require(date)
            #expect(value.count == 29 && value.hasSuffix(" GMT"), "not an IMF-fixdate: \(value)")
            let parsed = try #require(Self.parse(value), "unparseable Date: \(value)").timeIntervalSince1970
            #expect(Self.reference(Int64(parsed)) == value)
            #expect(parsed >= before && parsed <= after, "Date \(value) outside the request's time")
        }
        await server.stop()
        session.invalidateAndCancel()
        #expect(answers.map(\.0) == [200, 400, 500])
        // A refused body gets an empty 500, as under Hummingbird's Application.
        #expect(answers.last?.2 == "0")
    }
}
