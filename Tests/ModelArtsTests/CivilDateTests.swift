import ModelArts
import Testing

/// The calendar arithmetic every date format shares, tested on its own
/// (SigningDateTests covers it through the `X-Sdk-Date` text).
@Suite("CivilDate")
struct CivilDateTests {
    @Test("known instants map to their fields and back (values from `date -u -d ... +%s`)")
    func known() {
        #expect(CivilDate.epochSeconds((1970, 1, 1, 0, 0, 0)) == 0)
        #expect(CivilDate.epochSeconds((1969, 12, 31, 23, 59, 59)) == -1)
        #expect(CivilDate.epochSeconds((2024, 2, 29, 23, 59, 59)) == 1_709_251_199)
        #expect(CivilDate.epochSeconds((1, 1, 1, 0, 0, 0)) == -62_135_596_800)
        #expect(CivilDate.fields(epochSeconds: -1) == (1969, 12, 31, 23, 59, 59))
        #expect(CivilDate.fields(epochSeconds: 1_709_251_200) == (2024, 3, 1, 0, 0, 0))
        #expect(CivilDate.fields(epochSeconds: 253_402_300_799) == (9999, 12, 31, 23, 59, 59))
    }

    @Test("weekdays count from Sunday = 0, before 1970 too")
    func weekdays() {
        #expect(CivilDate.weekday(epochSeconds: 0) == 4)  // Thursday 1970-01-01
        #expect(CivilDate.weekday(epochSeconds: -1) == 3)  // Wednesday 1969-12-31 23:59:59
        #expect(CivilDate.weekday(epochSeconds: 784_111_777) == 0)  // Sunday 1994-11-06
        #expect(CivilDate.weekday(epochSeconds: 1_709_251_199) == 4)  // Thursday 2024-02-29
        #expect(CivilDate.weekday(epochSeconds: -62_135_596_800) == 1)  // Monday 0001-01-01
        for day in Int64(-800)..<800 {
            let weekday = CivilDate.weekday(epochSeconds: day * 86_400 + 43_200)
            #expect(weekday == CivilDate.weekday(epochSeconds: (day + 7) * 86_400))
            #expect((0...6).contains(weekday))
        }
    }

    @Test("epochSeconds(fields(t)) == t over random seconds in years 1...9999")
    func roundTrip() {
        var rng = SeededGenerator(seed: 0xC1D7)
        for _ in 0..<5_000 {
            let epoch = Int64.random(in: -62_135_596_800...253_402_300_799, using: &rng)
            let f = CivilDate.fields(epochSeconds: epoch)
            #expect(CivilDate.epochSeconds(f) == epoch, "\(epoch) -> \(f)")
        }
    }

    static let unreal: [CivilDate.Fields] = [
        (0, 1, 1, 0, 0, 0), (2024, 0, 1, 0, 0, 0), (2024, 13, 1, 0, 0, 0), (2024, 1, 0, 0, 0, 0),
        (2024, 1, 32, 0, 0, 0), (2023, 2, 29, 0, 0, 0), (1900, 2, 29, 0, 0, 0), (2024, 4, 31, 0, 0, 0),
        (2024, 1, 1, 24, 0, 0), (2024, 1, 1, 0, 60, 0), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, -1, 0, 0),
    ]

    @Test("refuses fields that are not a real date and time")
    func refusesUnreal() {
        for f in Self.unreal {
            #expect(CivilDate.epochSeconds(f) == nil, "\(f)")
        }
        #expect(CivilDate.epochSeconds((2000, 2, 29, 0, 0, 0)) != nil, "2000 is a leap year")
    }

    @Test("digits reads only ASCII digits within the range")
    func digits() {
        let b = Array("2024-0１x".utf8)
        #expect(CivilDate.digits(b, 0..<4) == 2024)
        #expect(CivilDate.digits(b, 1..<3) == 2)
        #expect(CivilDate.digits(b, 4..<4) == 0)
        #expect(CivilDate.digits(b, 3..<5) == nil, "a '-' is not a digit")
        #expect(CivilDate.digits(b, 5..<7) == nil, "a fullwidth digit is not an ASCII digit")
    }

    @Test("padded adds zeros up to the width and never cuts")
    func padded() {
        #expect(CivilDate.padded(7, 4) == "0007")
        #expect(CivilDate.padded(0, 2) == "00")
        #expect(CivilDate.padded(12_345, 4) == "12345")
    }
}
