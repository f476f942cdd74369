/// JSON for log answers, written byte by byte: the log text goes into the JSON string as the service
/// sends it, control bytes escaped but bytes that are not UTF-8 left raw, which `JSONEncoder` cannot
/// do (the client repairs them before parsing, contract: "the server may put raw bytes into the JSON
/// string"). Keys are sorted, as in every other emulator answer.
enum LogJSON {
    /// `{"content":…,"current_size":…,"full_size":…}` (contract §6.1).
    static func preview(content: [UInt8], fullSize: Int) -> [UInt8] {
        var out = Array(#"{"content":"#.utf8)
        string(content, into: &out)
        out += Array(#","current_size":\#(content.count),"full_size":\#(fullSize)}"#.utf8)
        return out
    }

    /// v2 `{"content","end_line","lines","start_line"}` with string cursors (contract §6.2).
    static func v2Page(content: [UInt8], startLine: String, endLine: String, lines: Int) -> [UInt8] {
        var out = Array(#"{"content":"#.utf8)
        string(content, into: &out)
        out += Array(#","end_line":"\#(endLine)","lines":\#(lines),"start_line":"\#(startLine)"}"#.utf8)
        return out
    }

    /// v1 aom-log, typed as the documented sample is (contract §6.5): `start_line` a number,
    /// `end_line` and `lines` strings.
    static func v1Page(content: [UInt8], startLine: String, endLine: String, lines: Int) -> [UInt8] {
        var out = Array(#"{"content":"#.utf8)
        string(content, into: &out)
        let start = startLine.isEmpty ? #""""# : startLine
        out += Array(#","end_line":"\#(endLine)","is_success":true,"lines":"\#(lines)","start_line":\#(start)}"#.utf8)
        return out
    }

    /// A JSON string literal of `bytes`: quote, backslash and control bytes escaped, every other byte as is.
    static func string(_ bytes: [UInt8], into out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count + bytes.count / 16 + 2)
        out.append(0x22)
        let hex = Array("0123456789abcdef".utf8)
        for b in bytes {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
