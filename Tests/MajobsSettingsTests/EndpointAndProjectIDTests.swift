import MajobsSettings
import Testing

@Suite("endpoints and project ids")
struct EndpointAndProjectIDTests {
    @Test(
        "endpoints: http/https, host, optional port; nothing else",
        arguments: [
            (
                "https://modelarts.cn-north-4.myhuaweicloud.com", "https://modelarts.cn-north-4.myhuaweicloud.com",
                "modelarts.cn-north-4.myhuaweicloud.com"
            ),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080", "127.0.0.1:8080"),
            ("HTTP://LOCALHOST:1/", "http://localhost:1", "localhost:1"),
            ("http://[::1]:9000", "http://[::1]:9000", "[::1]:9000"),
        ])
    func goodEndpoints(text: String, url: String, host: String) throws {
        let e = try ServiceEndpoint(parsing: text)
        #expect(e.url == url)
        #expect(e.hostHeader == host)
    }

    @Test(
        "bad endpoints are one-line errors",
        arguments: [
            ("ftp://x", "scheme must be http or https"), ("x.com", "no scheme"), ("http://", "no host"),
            ("http://h/v1", "it has a path"), ("http://h?x=1", "it has a query"), ("http://u:p@h", "user info"),
            ("http://h:0", "port must be"), ("http://h:99999", "port must be"), ("http://h:x", "port must be"),
            ("http://h o", "characters a host name cannot have"), ("http://[::1", "unclosed"),
        ])
    func badEndpoints(text: String, reason: String) {
        let error = #expect(throws: ConfigurationError.self) { try ServiceEndpoint(parsing: text) }
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("\n") == false)
    }

    @Test("project ids are 1 to 64 of letters, digits, '_' and '-'")
    func projectIDs() throws {
        try ProjectID.validate("a1B2_c-3")
        try ProjectID.validate(String(repeating: "a", count: 64))
        for bad in ["", String(repeating: "a", count: 65), "a/b", "a b", "项目", "a%2F"] {
            #expect(throws: ConfigurationError.self) { try ProjectID.validate(bad) }
        }
    }
}
