import ModelArts
import Testing

/// `X-Sdk-Date`: formatting and parsing without calendars or locales.
@Suite("SDKDate")
struct SigningDateTests {
    /// Dates whose epoch seconds are known independently (`date -u -d ... +%s`).
    static let known: [(String, Int64)] = [
        ("19700101T000000Z", 0),
        ("19691231T235959Z", -1),
        ("19700101T000001Z", 1),
        ("20000229T120000Z", 951_825_600),  // leap day of a year divisible by 400
        ("20000301T000000Z", 951_868_800),
        ("20191115T033655Z", 1_573_789_015),  // the documented signing example
        ("20231231T235959Z", 1_704_067_199),
        ("20240101T000000Z", 1_704_067_200),
        ("20240229T235959Z", 1_709_251_199),  // leap day
        ("20240301T000000Z", 1_709_251_200),
        ("20380119T031407Z", 2_147_483_647),  // the 32-bit limit
        ("20380119T031408Z", 2_147_483_648),
        ("21000228T235959Z", 4_107_542_399),  // 2100 is not a leap year
        ("21000301T000000Z", 4_107_542_400),
        ("00010101T000000Z", -62_135_596_800),  // the first representable second
        ("99991231T235959Z", 253_402_300_799),  // the last
    ]

    @Test("formats and parses known dates", arguments: known)
    func knownDates(text: String, epoch: Int64) {
        #expect(SDKDate.format(epochSeconds: epoch) == text)
        #expect(SDKDate.parse(text) == epoch)
    }

    @Test("parse(format(t)) == t over random seconds in years 1...9999")
    func roundTrip() {
        var rng = SeededGenerator(seed: 0xDA7E)
        for _ in 0..<5_000 {
            let epoch = Int64.random(in: -62_135_596_800...253_402_300_799, using: &rng)
            let text = SDKDate.format(epochSeconds: epoch)
            #expect(text.utf8.count == 16, "\(epoch) -> \(text)")
            #expect(SDKDate.parse(text) == epoch, "\(epoch) -> \(text)")
        }
    }

    @Test(
        "every day of 1900 (not leap), 2000 (leap) and 2024 (leap) round-trips",
        arguments: [1900, 2000, 2024] as [Int64])
    func everyDay(year: Int64) throws {
        let start = try #require(SDKDate.parse("\(year)0101T000000Z"))
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days: Int64 = leap ? 366 : 365
        for day in 0..<days {
            let noon = start + day * 86_400 + 43_200
            let text = SDKDate.format(epochSeconds: noon)
            #expect(text.hasPrefix(String(year)) && text.hasSuffix("T120000Z"), "\(text)")
            #expect(SDKDate.parse(text) == noon)
        }
        #expect(SDKDate.format(epochSeconds: start + days * 86_400) == "\(year + 1)0101T000000Z")
        #expect((SDKDate.parse("\(year)0229T000000Z") != nil) == leap)
    }

    @Test("the last second of each month rolls into the next", arguments: 1...12)
    func monthEnds(month: Int) throws {
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]  // 2024
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let last = try #require(SDKDate.parse("2024\(mm)\(lengths[month - 1])T235959Z"))
        let next = month == 12 ? "20250101T000000Z" : "2024\(month + 1 < 10 ? "0" : "")\(month + 1)01T000000Z"
        #expect(SDKDate.format(epochSeconds: last + 1) == next)
        #expect(SDKDate.parse("2024\(mm)\(lengths[month - 1] + 1)T000000Z") == nil, "day after the month's last")
    }

    static let malformed = [
        "", "20240101T000000", "20240101 000000Z", "2024-01-01T00:00:00Z", "20240101t000000Z", "20240101T000000z",
        "2024011T000000Z", "202401010T00000Z", "20240101T000000ZZ", " 20240101T00000Z", "2024010aT000000Z",
        "20241301T000000Z", "20240001T000000Z", "20240100T000000Z", "20240132T000000Z", "20230229T000000Z",
        "19000229T000000Z", "20240431T000000Z", "20240101T240000Z", "20240101T006000Z", "20240101T000060Z",
        "00000101T000000Z", "２０２４0101T000000Z", "+2024101T000000Z", "-2024101T000000Z",
    ]

    @Test("refuses anything that is not a real date in the exact format", arguments: malformed)
    func refusesMalformed(text: String) {
        #expect(SDKDate.parse(text) == nil)
    }
}
