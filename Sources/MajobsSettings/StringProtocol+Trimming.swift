extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and carriage returns (what INI, TOML keys and
    /// environment values allow around a value); no Foundation, so no locale or Unicode surprises.
    package func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }

    /// True when the text can go into an HTTP header as it is: no control characters.
    package var isHeaderSafe: Bool {
        unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }
}
