import MajobsSettings
import ModelArts
import Testing

@testable import ModelArtsClient

@Suite("client configuration")
struct ClientConfigurationTests {
    static let credentials = SigningCredentials(
        accessKey: "ACCESSKEY1234", secretKey: "TOPSECRETKEY999", securityToken: "STSTOKEN777")

    @Test("defaults: 5 s connect, 15 s request, 3 attempts, majobs user agent")
    func defaults() throws {
        let c = try ClientConfiguration(endpoint: "http://h", projectID: "p", authentication: .akSk(Self.credentials))
        #expect(c.connectTimeout == .seconds(5))
        #expect(c.requestTimeout == .seconds(15))
        #expect(c.retry == RetryPolicy(maxAttempts: 3, baseBackoff: .milliseconds(200), maxBackoff: .seconds(5)))
        #expect(c.userAgent.hasPrefix("majobs/"))
        #expect(throws: ConfigurationError.self) {
            try ClientConfiguration(
                endpoint: "http://h", projectID: "p", authentication: .akSk(Self.credentials), requestTimeout: .zero)
        }
        #expect(throws: ConfigurationError.self) {
            try ClientConfiguration(
                endpoint: "http://h", projectID: "p",
                authentication: .akSk(SigningCredentials(accessKey: "a", secretKey: "")))
        }
    }

    @Test("descriptions never show the secret key, token or password")
    func descriptions() throws {
        let aksk = try ClientConfiguration(
            endpoint: "http://h", projectID: "p", authentication: .akSk(Self.credentials))
        let iam = try ServiceEndpoint(parsing: "http://i")
        let token = try ClientConfiguration(
            endpoint: "http://h", projectID: "p",
            authentication: .token(
                TokenCredentials(
                    userName: "u", domainName: "d", password: { "PASSWORD555" }, iamEndpoint: iam)))
        for text in ["\(aksk)", String(reflecting: aksk), "\(token)", String(reflecting: token)] {
            for secret in ["TOPSECRETKEY999", "STSTOKEN777", "PASSWORD555"] {
                #expect(!text.contains(secret), "\(text)")
            }
        }
        #expect("\(aksk)".contains("ACCE…1234"))
    }

    @Test("backoff doubles from the base, is capped, and jitter scales it by 0.5...1")
    func backoff() {
        let p = RetryPolicy(maxAttempts: 5, baseBackoff: .milliseconds(200), maxBackoff: .seconds(1))
        #expect(p.backoff(afterAttempt: 1, unit: 1) == .milliseconds(200))
        #expect(p.backoff(afterAttempt: 2, unit: 1) == .milliseconds(400))
        #expect(p.backoff(afterAttempt: 3, unit: 1) == .milliseconds(800))
        #expect(p.backoff(afterAttempt: 4, unit: 1) == .seconds(1))
        #expect(p.backoff(afterAttempt: 60, unit: 1) == .seconds(1))
        #expect(p.backoff(afterAttempt: 2, unit: 0) == .milliseconds(200))
        #expect(p.backoff(afterAttempt: 2, unit: 7) == .milliseconds(400))
        #expect(p.retryAfterDelay("3") == .seconds(3))
        #expect(p.retryAfterDelay(" 30 ") == .seconds(5))
        #expect(p.retryAfterDelay("1e300") == .seconds(5))
        #expect(p.retryAfterDelay("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(p.retryAfterDelay("-1") == nil)
        #expect(p.totalTimeout(requestTimeout: .seconds(2)) == .seconds(2 * 5 + 1 * 4))
    }
}
