import Testing

@testable import MajobsSettings

@Suite("TOML subset parser")
struct TOMLSubsetTests {
    @Test("reads tables, strings, escapes, literals, integers, booleans, arrays and comments")
    func values() throws {
        let text = """
            # leading comment
            top = "value" # trailing comment
            [profiles.work]
            esc = "tab\\there \\"q\\" \\\\ \\u00e9\\U0001F600 # not a comment"
            lit = 'C:\\path\\no escapes "here"'
            n = -1_000
            zero = 0
            yes = true
            no = false
            list = ["a", 'b',
              # comment inside
              "c",
            ]
            empty = []
            "quoted key" = "x"
            [ui]
            """
        let doc = try TOMLSubset.parse(text)
        #expect(doc.table([])?.entry("top")?.value == .string("value"))
        let work = try #require(doc.table(["profiles", "work"]))
        #expect(work.line == 3)
        #expect(work.entry("esc")?.value == .string("tab\there \"q\" \\ é😀 # not a comment"))
        #expect(work.entry("lit")?.value == .string("C:\\path\\no escapes \"here\""))
        #expect(work.entry("n")?.value == .integer(-1000))
        #expect(work.entry("zero")?.value == .integer(0))
        #expect(work.entry("yes")?.value == .boolean(true))
        #expect(work.entry("no")?.value == .boolean(false))
        #expect(work.entry("list")?.value == .strings(["a", "b", "c"]))
        #expect(work.entry("list")?.line == 10)
        #expect(work.entry("empty")?.value == .strings([]))
        #expect(work.entry("quoted key")?.value == .string("x"))
        #expect(doc.children(of: ["profiles"]).map(\.path) == [["profiles", "work"]])
        #expect(doc.table(["ui"])?.entries.isEmpty == true)
    }

    @Test("CRLF line endings and a file without a final newline parse")
    func lineEndings() throws {
        let doc = try TOMLSubset.parse("a = 1\r\n[t]\r\nb = 'x'")
        #expect(doc.table([])?.entry("a")?.value == .integer(1))
        #expect(doc.table(["t"])?.entry("b")?.value == .string("x"))
        #expect(try TOMLSubset.parse("").tables.count == 1)
    }

    @Test(
        "everything outside the subset is an error with its line",
        arguments: [
            ("a = 1\nb = 1.5", 2, "not supported"),
            ("a = 1979-05-27", 1, "not a value"),
            ("a = {x = 1}", 1, "inline tables"),
            ("[[jobs]]", 1, "arrays of tables"),
            ("a.b = 1", 1, "dotted keys"),
            ("a = \"\"\"x\"\"\"", 1, "multi-line"),
            ("a = \"open", 1, "unterminated"),
            ("a = 'open\nb = 1", 1, "unterminated"),
            ("a = \"bad \\q\"", 1, "unknown escape"),
            ("a = \"\\u12\"", 1, "hex digits"),
            ("a = \"\\uD800\"", 1, "Unicode scalar"),
            ("a = 1 b = 2", 1, "one statement per line"),
            ("a =", 1, "expected a value"),
            ("= 1", 1, "expected a key"),
            ("a 1", 1, "expected '='"),
            ("a = [1, 2]", 1, "only strings"),
            ("a = [\"x\" \"y\"]", 1, "expected ',' or ']'"),
            ("a = 1\na = 2", 2, "defined twice"),
            ("[t]\n[t]", 2, "defined twice"),
            ("t = 1\n[t.x]", 2, "already a value"),
            ("[t]\n\n[u]\nx = 01", 4, "not a value"),
            ("a = 99999999999999999999", 1, "not a value"),
            ("[]", 1, "expected a key"),
            ("a = tru", 1, "not a value"),
            ("a = \"x\u{01}\"", 1, "control character"),
        ])
    func errors(text: String, line: Int, fragment: String) {
        do {
            let doc = try TOMLSubset.parse(text)
            Issue.record("parsed \(doc) from \(text)")
        } catch {
            #expect(error.line == line, "\(text)")
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.description.hasPrefix("line \(line): "))
        }
    }
}
