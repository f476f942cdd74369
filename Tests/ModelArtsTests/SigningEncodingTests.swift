import ModelArts
import Testing

/// RFC 3986 percent-encoding as the signer uses it, and the query parser a server uses.
@Suite("PercentEncoding")
struct SigningEncodingTests {
    static let unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"

    @Test("keeps exactly the unreserved characters")
    func unreservedKept() {
        #expect(PercentEncoding.encode(Self.unreserved) == Self.unreserved)
        for byte in UInt8(0x20)...UInt8(0x7E) {
            let text = String(UnicodeScalar(byte))
            let encoded = PercentEncoding.encode(text)
            if Self.unreserved.contains(text) {
                #expect(encoded == text)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                #expect(encoded == "%" + (hex.count == 1 ? "0" : "") + hex, "\(text.debugDescription)")
            }
        }
    }

    @Test(
        "encodes the characters the brief names the way the SDK does",
        arguments: [
            (" ", "%20"), ("+", "%2B"), ("&", "%26"), ("=", "%3D"), ("*", "%2A"), ("~", "~"), ("/", "%2F"),
            ("%", "%25"), ("训练", "%E8%AE%AD%E7%BB%83"), ("é", "%C3%A9"), ("🚀", "%F0%9F%9A%80"), ("\0", "%00"),
            ("\u{7F}", "%7F"), ("", ""),
        ])
    func namedCharacters(text: String, encoded: String) {
        #expect(PercentEncoding.encode(text) == encoded)
    }

    @Test("decode undoes encode for any text")
    func roundTrip() {
        var rng = SeededGenerator(seed: 0xC0DE)
        let alphabet = Array("aZ09-_.~ +*/=&?#%\u{0}\u{7F}训练é🚀\u{FFFD}\u{200D}")
        for _ in 0..<2_000 {
            let text = rng.string(from: alphabet, length: 0...16)
            #expect(PercentEncoding.decode(PercentEncoding.encode(text)) == text, "\(text.debugDescription)")
        }
    }

    @Test(
        "decodes lower- and upper-case hex; keeps + and malformed escapes literally",
        arguments: [
            ("%e8%ae%ad", "训"), ("%E8%AE%AD", "训"), ("a+b", "a+b"), ("%2B", "+"), ("%", "%"), ("%4", "%4"),
            ("%zz", "%zz"), ("%%41", "%A"), ("100%", "100%"), ("%G1", "%G1"), ("a%20", "a "),
        ])
    func decodes(text: String, decoded: String) {
        #expect(PercentEncoding.decode(text) == decoded)
    }

    @Test(
        "invalid UTF-8 after decoding becomes U+FFFD, as Python's unquote does",
        arguments: [
            ("%FF", "\u{FFFD}"), ("a%E4%B8", "a\u{FFFD}"), ("%C0%AF", "\u{FFFD}\u{FFFD}"),
            ("%ED%A0%80", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ])
    func invalidUTF8(text: String, decoded: String) {
        #expect(PercentEncoding.decode(text) == decoded)
    }

    @Test("parses a raw query into decoded pairs, in order")
    func parseQuery() {
        func pairs(_ raw: String) -> [String] {
            PercentEncoding.parseQuery(raw[...]).map { "\($0.0)|\($0.1)" }
        }
        #expect(pairs("") == [])
        #expect(pairs("a=1&b=%20") == ["a|1", "b| "])
        #expect(pairs("b=2&a=1&b=1") == ["b|2", "a|1", "b|1"])
        #expect(pairs("flag") == ["flag|"])
        #expect(pairs("k=") == ["k|"])
        #expect(pairs("=v") == ["|v"])
        #expect(pairs("a=b=c") == ["a|b=c"])
        #expect(pairs("&&a=1&&") == ["a|1"])
        #expect(pairs("q=a+b") == ["q|a+b"])
        #expect(pairs("%E5%90%8D=%E5%80%BC") == ["名|值"])
    }
}
