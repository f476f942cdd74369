import Foundation

/// The exact text of number values in a JSON object's top level, so a cursor such as
/// `1551252759254000002` (beyond 2^53, where a Double loses digits) keeps every digit.
enum JSONNumberText {
    /// Each top-level member whose value is a number, as written. Strings, nested values and anything
    /// malformed are skipped; the caller has already parsed the body, so this never judges validity.
    static func topLevel(_ data: Data) -> [String: String] {
        let bytes = [UInt8](data)
        var result: [String: String] = [:]
        var depth = 0
        var i = 0
        var lastKey: String?
        var expectingValue = false
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                let start = i + 1
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                }
                if depth == 1 && !expectingValue {
                    lastKey = String(decoding: bytes[start..<min(i, bytes.count)], as: UTF8.self)
                }
                expectingValue = false
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectingValue = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                expectingValue = false
            case UInt8(ascii: ":"):
                expectingValue = depth == 1
            case UInt8(ascii: ","):
                expectingValue = false
                lastKey = nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = i
                while i + 1 < bytes.count, Self.isNumberByte(bytes[i + 1]) { i += 1 }
                if expectingValue, let key = lastKey {
                    result[key] = String(decoding: bytes[start...i], as: UTF8.self)
                }
                expectingValue = false
            default:
                break
            }
            i += 1
        }
        return result
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e")
            || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }
}
