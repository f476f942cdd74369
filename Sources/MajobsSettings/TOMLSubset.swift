/// A small parser for the subset of TOML majobs's config uses: `[table]` and `[a.b]` headers,
/// `key = value` with bare or quoted keys, basic strings with escapes, literal strings, integers,
/// booleans, arrays of strings (may span lines), and `#` comments. Anything else is an error
/// naming the line, never a guess.
public enum TOMLSubset {
    /// Parses `text`, or throws the first problem with its line number.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLDocument {
        var parser = TOMLParser(text)
        return try parser.document()
    }
}

struct TOMLParser {
    private let chars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var tables: [TOMLTable] = [TOMLTable(path: [], line: 0, entries: [])]
    private var current = 0

    init(_ text: String) {
        chars = Array(text.unicodeScalars)
    }

    private var peek: Unicode.Scalar? { index < chars.count ? chars[index] : nil }

    private func fail(_ message: String) -> TOMLError { TOMLError(line: line, message: message) }

    private mutating func advance() {
        if chars[index] == "\n" { line += 1 }
        index += 1
    }

    private mutating func skipBlanks() {
        while let c = peek, c == " " || c == "\t" { advance() }
    }

    /// Skips blanks, newlines and comments (inside arrays and between statements).
    private mutating func skipTrivia() throws(TOMLError) {
        while let c = peek {
            if c == " " || c == "\t" || c == "\n" {
                advance()
            } else if c == "\r" {
                try newline()
            } else if c == "#" {
                try comment()
            } else {
                return
            }
        }
    }

    private mutating func comment() throws(TOMLError) {
        while let c = peek, c != "\n" {
            if c == "\r", index + 1 < chars.count, chars[index + 1] == "\n" { break }
            if c.value < 0x20 && c != "\t" || c.value == 0x7F { throw fail("control character in a comment") }
            advance()
        }
    }

    private mutating func newline() throws(TOMLError) {
        if peek == "\r" {
            advance()
            guard peek == "\n" else { throw fail("a carriage return must be followed by a newline") }
        }
        if peek == "\n" { advance() }
    }

    /// After a statement: blanks, an optional comment, then a line end or the end of the file.
    private mutating func endOfLine() throws(TOMLError) {
        skipBlanks()
        if peek == "#" { try comment() }
        guard peek == nil || peek == "\n" || peek == "\r" else {
            throw fail("unexpected \(describe(peek)) after the value: one statement per line")
        }
        try newline()
    }

    mutating func document() throws(TOMLError) -> TOMLDocument {
        while true {
            try skipTrivia()
            guard let c = peek else { break }
            if c == "[" {
                try header()
            } else {
                try keyValue()
            }
        }
        return TOMLDocument(tables: tables)
    }

    private mutating func header() throws(TOMLError) {
        let headerLine = line
        advance()
        if peek == "[" { throw fail("arrays of tables ([[...]]) are not supported") }
        var path: [String] = []
        while true {
            skipBlanks()
            path.append(try key())
            skipBlanks()
            if peek == "." {
                advance()
                continue
            }
            guard peek == "]" else { throw fail("expected ']' or '.' in the table header, found \(describe(peek))") }
            advance()
            break
        }
        try endOfLine()
        if tables.contains(where: { $0.path == path }) {
            throw TOMLError(line: headerLine, message: "table [\(path.joined(separator: "."))] is defined twice")
        }
        for k in 1...path.count {
            let parent = Array(path.prefix(k - 1))
            if let t = tables.first(where: { $0.path == parent }), t.entry(path[k - 1]) != nil {
                throw TOMLError(line: headerLine, message: "'\(path[k - 1])' is already a value, not a table")
            }
        }
        tables.append(TOMLTable(path: path, line: headerLine, entries: []))
        current = tables.count - 1
    }

    private mutating func keyValue() throws(TOMLError) {
        let entryLine = line
        let name = try key()
        skipBlanks()
        if peek == "." { throw fail("dotted keys are not supported: use a [table] header") }
        guard peek == "=" else { throw fail("expected '=' after the key '\(name)', found \(describe(peek))") }
        advance()
        skipBlanks()
        let value = try self.value()
        try endOfLine()
        if tables[current].entry(name) != nil {
            throw TOMLError(line: entryLine, message: "key '\(name)' is defined twice")
        }
        if tables.contains(where: { $0.path == tables[current].path + [name] }) {
            throw TOMLError(line: entryLine, message: "'\(name)' is already a table")
        }
        tables[current].entries.append(TOMLEntry(key: name, value: value, line: entryLine))
    }

    private mutating func key() throws(TOMLError) -> String {
        guard let c = peek else { throw fail("expected a key, found the end of the file") }
        if c == "\"" { return try basicString() }
        if c == "'" { return try literalString() }
        var out = ""
        while let c = peek, Self.isBareKey(c) {
            out.unicodeScalars.append(c)
            advance()
        }
        guard !out.isEmpty else { throw fail("expected a key, found \(describe(peek))") }
        return out
    }

    static func isBareKey(_ c: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    private mutating func value() throws(TOMLError) -> TOMLValue {
        guard let c = peek else { throw fail("expected a value, found the end of the file") }
        switch c {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return .strings(try array())
        case "{": throw fail("inline tables are not supported")
        default: break
        }
        var word = ""
        while let c = peek, !" \t\n\r#,]".unicodeScalars.contains(c) {
            word.unicodeScalars.append(c)
            advance()
        }
        if word == "true" { return .boolean(true) }
        if word == "false" { return .boolean(false) }
        if let n = Self.integer(word) { return .integer(n) }
        if word.isEmpty { throw fail("expected a value, found \(describe(peek))") }
        let numeric = word.first.map { $0.isNumber || $0 == "+" || $0 == "-" } ?? false
        let float = numeric && (word.contains(".") || word.lowercased().contains("e"))
        if float || word.hasSuffix("inf") || word.hasSuffix("nan") {
            throw fail("'\(word)' is not supported: use a whole number or a quoted string")
        }
        throw fail("'\(word)' is not a value: quote strings (\"...\")")
    }

    /// Decimal integers with optional sign and `_` between digits; no leading zeros.
    static func integer(_ word: String) -> Int64? {
        var digits = Substring(word)
        var negative = false
        if let first = digits.first, first == "+" || first == "-" {
            negative = first == "-"
            digits = digits.dropFirst()
        }
        guard let first = digits.first, first.isASCII, first.isNumber, !digits.hasSuffix("_"),
            !digits.contains("__"), !(first == "0" && digits.count > 1)
        else { return nil }
        let plain = digits.filter { $0 != "_" }
        guard plain.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64((negative ? "-" : "") + plain)
    }

    private mutating func array() throws(TOMLError) -> [String] {
        advance()
        var items: [String] = []
        while true {
            try skipTrivia()
            if peek == "]" {
                advance()
                return items
            }
            let start = line
            let item = try value()
            guard case .string(let s) = item else {
                throw TOMLError(line: start, message: "arrays may hold only strings, found \(item.typeName)")
            }
            items.append(s)
            try skipTrivia()
            if peek == "," {
                advance()
            } else if peek != "]" {
                throw fail("expected ',' or ']' in the array, found \(describe(peek))")
            }
        }
    }

    private mutating func literalString() throws(TOMLError) -> String {
        advance()
        if peek == "'", index + 1 < chars.count, chars[index + 1] == "'" {
            throw fail("multi-line strings are not supported")
        }
        var out = ""
        while let c = peek, c != "'" {
            if c == "\n" || c == "\r" { throw fail("unterminated string") }
            if c.value < 0x20 && c != "\t" || c.value == 0x7F { throw fail("control character in a string") }
            out.unicodeScalars.append(c)
            advance()
        }
        guard peek == "'" else { throw fail("unterminated string") }
        advance()
        return out
    }

    private mutating func basicString() throws(TOMLError) -> String {
        advance()
        if peek == "\"", index + 1 < chars.count, chars[index + 1] == "\"" {
            throw fail("multi-line strings are not supported")
        }
        var out = ""
        while let c = peek, c != "\"" {
            if c == "\n" || c == "\r" { throw fail("unterminated string") }
            if c.value < 0x20 && c != "\t" || c.value == 0x7F { throw fail("control character in a string") }
            advance()
            if c == "\\" {
                out.unicodeScalars.append(try escape())
            } else {
                out.unicodeScalars.append(c)
            }
        }
        guard peek == "\"" else { throw fail("unterminated string") }
        advance()
        return out
    }

    private mutating func escape() throws(TOMLError) -> Unicode.Scalar {
        guard let c = peek else { throw fail("unterminated string") }
        advance()
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let count = c == "u" ? 4 : 8
            var hex = ""
            for _ in 0..<count {
                guard let h = peek, h.properties.isASCIIHexDigit else {
                    throw fail("\\\(c) needs \(count) hex digits")
                }
                hex.unicodeScalars.append(h)
                advance()
            }
            guard let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) else {
                throw fail("\\\(c)\(hex) is not a Unicode scalar value")
            }
            return scalar
        default:
            throw fail("unknown escape \\\(c)")
        }
    }

    private func describe(_ c: Unicode.Scalar?) -> String {
        guard let c else { return "the end of the file" }
        if c == "\n" || c == "\r" { return "the end of the line" }
        if c.value < 0x20 || c.value == 0x7F { return "a control character" }
        return "'\(c)'"
    }
}
