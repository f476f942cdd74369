import Foundation
import ModelArtsEmulator

/// Checks on the raw bytes a program wrote to its terminal: which hostile sequences got through.
enum TerminalBytes {
    /// Every problem found: a forbidden sequence from server data, a BEL, an OSC, or a C1 control.
    static func problems(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        for needle in HostileJobs.forbiddenOutputs where contains(bytes, Array(needle.utf8)) {
            found.append("forbidden sequence \(needle.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        if contains(bytes, [0x1B, UInt8(ascii: "]")]) { found.append("an OSC (ESC ]) sequence") }
        if bytes.contains(0x07) { found.append("a BEL byte") }
        // A raw 8-bit C1 byte outside UTF-8, or a C1 scalar encoded in UTF-8 (C2 80...C2 9F).
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) {
            found.append("a C1 control")
        }
        return found
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }

    /// RFC 4180 records (quoted fields may hold CR, LF, commas and doubled quotes).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
