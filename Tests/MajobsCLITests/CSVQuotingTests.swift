import JobPresentation
import MajobsCLI
import ModelArts
import Testing
import TestSupport

/// `list --output csv` (and through `JobCSV`, the browser's export) is RFC 4180: a strict parser reads
/// every record back with nine fields, and each field round-trips, whatever commas, quotes and line
/// breaks the server's text holds.
@Suite("CSV quoting (RFC 4180)")
struct CSVQuotingTests {
    /// Server text that needs quoting, and some that must stay as it is.
    static let awkwardText = [
        "plain words", "with, a comma", "say \"hi\"", "\"quoted\"", "a,\"b\",c", "line one\nline two",
        "crlf\r\nend", "lone cr\rhere", "trailing quote\"", ",", "\"", "\"\"", "", "  spaced  ",
    ]

    static var jobs: [TrainingJob] {
        zip(SampleJobs.plain(awkwardText.count), awkwardText).enumerated().map { i, pair in
            var job = pair.0
            job.description = pair.1
            job.name = awkwardText[(i + 3) % awkwardText.count] + "-\(i)"
            return job
        }
    }

    /// What a sink received.
    final class Collected: OutputSink {
        var text = ""
        func write(_ text: String) { self.text += text }
    }

    /// The CSV `list --output csv` writes for `jobs` on two pages, piped (no terminal sanitizing).
    static func csv(_ jobs: [TrainingJob]) -> String {
        var writer = CSVPageWriter(sanitizeForTerminal: false)
        let sink = Collected()
        let half = jobs.count / 2
        writer.write(page: SampleJobs.page(Array(jobs[..<half])), isFirst: true, to: sink)
        writer.write(page: SampleJobs.page(Array(jobs[half...])), isFirst: false, to: sink)
        writer.finish(to: sink)
        return sink.text
    }

    @Test("every record parses back with the header's nine fields, and each field round-trips")
    func roundTrip() throws {
        let jobs = Self.jobs
        let records = try RFC4180.records(Self.csv(jobs))
        #expect(records.first == CSVPageWriter.header)
        #expect(records.count == jobs.count + 1)
        for (record, job) in zip(records.dropFirst(), jobs) {
            #expect(record.count == CSVPageWriter.header.count, "\(record)")
            #expect(record.first == job.id.description)
            #expect(record.dropFirst().first == job.name)
            #expect(record.last == job.description)
        }
    }

    @Test("a field is quoted exactly when it holds a comma, a quote, CR or LF", arguments: awkwardText)
    func quotedWhenNeeded(text: String) throws {
        var job = SampleJobs.plain(1)[0]
        job.description = text
        let csv = Self.csv([job])
        let needsQuotes = text.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
        let doubled = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        #expect(csv.hasSuffix("," + (needsQuotes ? doubled : text) + "\r\n"), "\(csv)")
    }

    @Test("the parser refuses a quote that is not doubled and a stray quote in an unquoted field")
    func parserIsStrict() {
        #expect(throws: RFC4180.Malformed.self) { try RFC4180.records("a,\"say \"hi\"\",b\r\n") }
        #expect(throws: RFC4180.Malformed.self) { try RFC4180.records("a,say \"hi\",b\r\n") }
        #expect(throws: RFC4180.Malformed.self) { try RFC4180.records("a,\"open\r\n") }
        #expect(throws: Never.self) { try RFC4180.records("a,\"x,\"\"y\"\"\",b\r\n") }
    }
}

/// A small strict RFC 4180 reader: records end in CRLF; a field is either unquoted (no `"`, `,`, CR or
/// LF) or quoted, with `""` for a quote and anything else (commas, CR, LF) kept as it is.
enum RFC4180 {
    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let why: String
        var description: String { "malformed CSV at \(offset): \(why)" }
    }

    static func records(_ text: String) throws -> [[String]] {
        let s = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var i = 0
        while i < s.count {
            var field = String.UnicodeScalarView()
            if s[i] == "\"" {
                i += 1
                while true {
                    guard i < s.count else { throw Malformed(offset: i, why: "unterminated quoted field") }
                    if s[i] == "\"" {
                        if i + 1 < s.count, s[i + 1] == "\"" {
                            field.append("\"")
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    field.append(s[i])
                    i += 1
                }
            } else {
                while i < s.count, s[i] != ",", s[i] != "\r" {
                    guard s[i] != "\"", s[i] != "\n" else {
                        throw Malformed(offset: i, why: "\(s[i].escaped(asASCII: true)) in an unquoted field")
                    }
                    field.append(s[i])
                    i += 1
                }
            }
            record.append(String(field))
            guard i < s.count else { throw Malformed(offset: i, why: "the last record has no CRLF") }
            if s[i] == "," {
                i += 1
            } else if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" {
                records.append(record)
                record = []
                i += 2
            } else {
                throw Malformed(offset: i, why: "\(s[i].escaped(asASCII: true)) after a field")
            }
        }
        return records
    }
}
