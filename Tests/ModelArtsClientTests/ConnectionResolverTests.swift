import Foundation
import MajobsSettings
import ModelArts
import Testing
import TestSupport

@testable import ModelArtsClient

@Suite("credential and endpoint resolution")
struct ConnectionResolverTests {
    static let secret = "SECRETsecretSECRETsecret0123456789"
    static let fileSecret = "FILEsecretFILEsecret0123456789"
    static let profileSecret = "PROFILEsecretPROFILEsecret0123"

    func resolver(
        _ home: TempHome, env: [String: String] = [:],
        prompt: @escaping @Sendable (String) throws -> String = { _ in
            throw PasswordPrompt.Failure(description: "no terminal")
        }
    ) -> ConnectionResolver {
        let environment = ResolverEnvironment(variables: env, homeDirectory: home.path, promptPassword: prompt)
        return ConnectionResolver(environment: environment)
    }

    func resolve(
        _ flags: ConnectionFlags = ConnectionFlags(), env: [String: String] = [:],
        files: (TempHome) throws -> Void = { _ in }
    ) throws -> ResolvedConnection {
        let home = try TempHome()
        defer { home.remove() }
        try files(home)
        return try resolver(home, env: env).resolve(flags)
    }

    func signing(_ r: ResolvedConnection) throws -> SigningCredentials {
        guard case .akSk(let c) = try #require(r.configuration).authentication else {
            throw ConfigurationError("not AK/SK")
        }
        return c
    }

    @Test("nothing configured means the demo, without warnings")
    func nothing() throws {
        let r = try resolve()
        #expect(r.configuration == nil)
        #expect(r.isDemo)
        #expect(r.warnings == [])
    }

    @Test("the SDK environment with a region gives the default endpoint")
    func environment() throws {
        let env = [
            "HUAWEICLOUD_SDK_AK": "ENVACCESSKEY0001", "HUAWEICLOUD_SDK_SK": Self.secret,
            "HUAWEICLOUD_SDK_PROJECT_ID": "envproject",
        ]
        let r = try resolve(ConnectionFlags(region: "cn-north-4"), env: env)
        let config = try #require(r.configuration)
        #expect(config.endpoint.url == "https://modelarts.cn-north-4.myhuaweicloud.com")
        #expect(config.projectID == "envproject")
        #expect(try signing(r) == SigningCredentials(accessKey: "ENVACCESSKEY0001", secretKey: Self.secret))
        #expect(r.sourceDescription.hasPrefix("env HUAWEICLOUD_SDK_AK (ENVA…0001)"))
        #expect(r.sourceDescription.contains("project env HUAWEICLOUD_SDK_PROJECT_ID"))
        #expect(r.region == "cn-north-4")
        let withToken = env.merging(["HUAWEICLOUD_SDK_SECURITY_TOKEN": "tok"]) { $1 }
        let temporary = try resolve(ConnectionFlags(region: "ap-southeast-1"), env: withToken)
        #expect(temporary.configuration?.endpoint.url == "https://modelarts.ap-southeast-1.myhuaweicloud.cn")
        #expect(try signing(temporary).securityToken == "tok")
    }

    @Test("flags win over the environment, which wins over the endpoint override and defaults")
    func flagsFirst() throws {
        let env = [
            "HUAWEICLOUD_SDK_AK": "ENVACCESSKEY0001", "HUAWEICLOUD_SDK_SK": Self.secret,
            "HUAWEICLOUD_SDK_PROJECT_ID": "envproject",
            "HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4": "http://127.0.0.1:9000, https://other",
        ]
        let overridden = try resolve(ConnectionFlags(region: "cn-north-4"), env: env)
        #expect(overridden.configuration?.endpoint.url == "http://127.0.0.1:9000")
        #expect(overridden.sourceDescription.contains("endpoint env HUAWEICLOUD_SDK_REGION_MODELARTS_CN_NORTH_4"))
        let flags = ConnectionFlags(
            endpoint: "http://localhost:8080/", region: "cn-north-4", projectID: "flagproject",
            accessKey: "FLAGACCESSKEY002")
        let r = try resolve(flags, env: env)
        #expect(r.configuration?.endpoint.url == "http://localhost:8080")
        #expect(r.configuration?.projectID == "flagproject")
        #expect(try signing(r).accessKey == "FLAGACCESSKEY002")
        #expect(try signing(r).secretKey == Self.secret)
        #expect(r.sourceDescription.hasPrefix("--access-key"))
    }

    @Test("the SDK credentials file [basic] is used after the environment, and warns when others can read it")
    func credentialsFile() throws {
        let basic =
            "[global]\nak = WRONG\n[basic]\nak = FILEACCESSKEY003\nsk = \(Self.fileSecret)\n"
            + "project_id = fileproject\nsecurity_token = ftok\n"
        let r = try resolve(ConnectionFlags(region: "cn-north-4")) { home in
            try home.write(".huaweicloud/credentials", basic, mode: 0o644)
        }
        let expected = SigningCredentials(
            accessKey: "FILEACCESSKEY003", secretKey: Self.fileSecret, securityToken: "ftok")
        #expect(try signing(r) == expected)
        #expect(r.configuration?.projectID == "fileproject")
        #expect(r.warnings.count == 1)
        let warning = try #require(r.warnings.first)
        #expect(warning.contains("chmod 600 "))
        #expect(warning.hasSuffix("/.huaweicloud/credentials"))
        let env = ["HUAWEICLOUD_SDK_AK": "ENVACCESSKEY0001", "HUAWEICLOUD_SDK_SK": Self.secret]
        let mixed = try resolve(ConnectionFlags(region: "cn-north-4"), env: env) { home in
            try home.write(".huaweicloud/credentials", basic, mode: 0o600)
        }
        #expect(try signing(mixed) == SigningCredentials(accessKey: "ENVACCESSKEY0001", secretKey: Self.secret))
        #expect(mixed.configuration?.projectID == "fileproject")
        #expect(mixed.warnings == [])
    }

    @Test("HUAWEICLOUD_SDK_CREDENTIALS_FILE names another file; a missing one is an error")
    func credentialsFileVariable() throws {
        let region = ConnectionFlags(region: "cn-north-4")
        let r = try resolve(region, env: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE": "~/other.ini"]) { home in
            try home.write("other.ini", "[basic]\nak=OTHERACCESSKEY04\nsk=\(Self.fileSecret)\nproject_id=o\n")
        }
        #expect(try signing(r).accessKey == "OTHERACCESSKEY04")
        #expect(throws: ConfigurationError.self) {
            try resolve(region, env: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE": "/nonexistent/x"])
        }
    }

    @Test("a majobs profile is used when nothing else is set; --profile picks one; XDG_CONFIG_HOME is honoured")
    func profiles() throws {
        let toml = """
            default_profile = "a"
            [profiles.a]
            region = "cn-north-4"
            project_id = "pa"
            access_key = "PROFILEACCESSKEYA"
            secret_key = "\(Self.profileSecret)"
            [profiles.b]
            endpoint = "http://127.0.0.1:7000"
            project_id = "pb"
            access_key = "PROFILEACCESSKEYB"
            secret_key = "\(Self.profileSecret)"
            [ui]
            per_page = 40
            """
        let a = try resolve { home in try home.write(".config/majobs/config.toml", toml, mode: 0o600) }
        #expect(a.profileName == "a")
        #expect(a.configuration?.endpoint.url == "https://modelarts.cn-north-4.myhuaweicloud.com")
        #expect(try signing(a).accessKey == "PROFILEACCESSKEYA")
        #expect(a.config?.ui.perPage == 40)
        #expect(a.warnings == [])
        let b = try resolve(ConnectionFlags(profile: "b"), env: ["HUAWEICLOUD_SDK_PROJECT_ID": "envloses"]) { home in
            try home.write(".config/majobs/config.toml", toml, mode: 0o640)
        }
        #expect(b.configuration?.endpoint.url == "http://127.0.0.1:7000")
        #expect(b.configuration?.projectID == "pb")  // a selected profile's own setting beats the environment
        #expect(b.warnings.count == 1)
        #expect(b.warnings.first?.contains("chmod 600") == true)
        let home = try TempHome()
        defer { home.remove() }
        try home.write("xdg/majobs/config.toml", toml)
        let xdg = try resolver(home, env: ["XDG_CONFIG_HOME": home.path + "/xdg"]).resolve(ConnectionFlags())
        #expect(xdg.profileName == "a")
        let error = #expect(throws: ConfigurationError.self) {
            try resolve(ConnectionFlags(profile: "zzz")) { home in try home.write(".config/majobs/config.toml", toml) }
        }
        #expect(error?.message.contains("known: a, b") == true)
    }

    @Test("token mode: user and domain from flags, password from HUAWEICLOUD_SDK_PASSWORD, IAM from the region")
    func tokenFromEnvironment() throws {
        let flags = ConnectionFlags(region: "cn-north-4", projectID: "p", auth: .token, user: "alice", domain: "acme")
        let r = try resolve(flags, env: ["HUAWEICLOUD_SDK_PASSWORD": "pw-from-env"])
        let t = try #require(r.configuration?.authentication.token, "not token auth")
        #expect(t.userName == "alice")
        #expect(t.domainName == "acme")
        #expect(t.iamEndpoint.url == "https://iam.cn-north-4.myhuaweicloud.com")
        #expect(try t.password() == "pw-from-env")
        #expect(!r.sourceDescription.contains("pw-from-env"))
        #expect(!"\(r)".contains("pw-from-env"))
        let iam = try resolve(flags, env: ["HUAWEICLOUD_SDK_IAM_ENDPOINT": "http://127.0.0.1:5000"])
        let t2 = try #require(iam.configuration?.authentication.token, "not token auth")
        #expect(t2.iamEndpoint.url == "http://127.0.0.1:5000")
    }

    @Test("token mode without HUAWEICLOUD_SDK_PASSWORD asks the prompt once, lazily")
    func tokenPrompt() throws {
        let home = try TempHome()
        defer { home.remove() }
        let asked = Counter()
        let prompts = LogRecorder()
        let r = try resolver(
            home,
            prompt: { text in
                asked.increment()
                prompts.logger.info("\(text)")
                return "typed"
            }
        ).resolve(
            ConnectionFlags(
                endpoint: "http://127.0.0.1:1", projectID: "p", user: "bob", domain: "acme",
                iamEndpoint: "http://127.0.0.1:2"))
        let t = try #require(r.configuration?.authentication.token, "not token auth")
        #expect(asked.count == 0)
        #expect(try t.password() == "typed")
        #expect(try t.password() == "typed")
        #expect(asked.count == 1)
        #expect(prompts.lines == ["Password for bob (account acme): "])
    }

    @Test(
        "incomplete or invalid settings are one-line errors that show no secret",
        arguments: [
            (
                ConnectionFlags(endpoint: "http://x/path"), [String: String](),
                "--endpoint 'http://x/path' is invalid: it has a path"
            ),
            (ConnectionFlags(endpoint: "x.com"), [:], "--endpoint 'x.com' is invalid: no scheme"),
            (ConnectionFlags(projectID: "bad id"), [:], "--project-id: project id 'bad id' is invalid"),
            (ConnectionFlags(region: "Bad"), [:], "--region 'Bad' is invalid"),
            (ConnectionFlags(endpoint: "http://h"), [:], "no credentials found"),
            (
                ConnectionFlags(region: "cn-north-4"),
                ["HUAWEICLOUD_SDK_AK": "AKONLYAKONLY", "HUAWEICLOUD_SDK_PROJECT_ID": "p"],
                "no secret key for access key AKON…ONLY"
            ),
            (
                ConnectionFlags(region: "cn-north-4"),
                ["HUAWEICLOUD_SDK_AK": "A1234567890", "HUAWEICLOUD_SDK_SK": secret],
                "no project id"
            ),
            (
                ConnectionFlags(projectID: "p"), ["HUAWEICLOUD_SDK_AK": "A1234567890", "HUAWEICLOUD_SDK_SK": secret],
                "no endpoint"
            ),
            (ConnectionFlags(region: "cn-north-4", projectID: "p", user: "u"), [:], "needs the account (domain) name"),
            (
                ConnectionFlags(projectID: "p", auth: .token, user: "u", domain: "d"),
                ["HUAWEICLOUD_SDK_REGION_X": "y"],
                "no endpoint"
            ),
        ])
    func errors(flags: ConnectionFlags, env: [String: String], fragment: String) throws {
        let error = #expect(throws: ConfigurationError.self) { try resolve(flags, env: env) }
        #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains(Self.secret) == false)
        #expect(error?.message.contains("\n") == false)
    }

    @Test("no secret in any description, source or warning")
    func noSecrets() throws {
        let env = [
            "HUAWEICLOUD_SDK_AK": "ENVACCESSKEY0001", "HUAWEICLOUD_SDK_SK": Self.secret,
            "HUAWEICLOUD_SDK_SECURITY_TOKEN": "TOKENtokenTOKEN", "HUAWEICLOUD_SDK_PROJECT_ID": "p",
        ]
        let r = try resolve(ConnectionFlags(region: "cn-north-4"), env: env) { home in
            try home.write(".huaweicloud/credentials", "[basic]\nsk = \(Self.fileSecret)\n", mode: 0o666)
        }
        let texts =
            [r.description, r.sourceDescription, "\(r.configuration!)", String(reflecting: r.configuration!)]
            + r.warnings
        for text in texts {
            for secret in [Self.secret, Self.fileSecret, "TOKENtokenTOKEN"] {
                #expect(!text.contains(secret), "\(text)")
            }
        }
    }
}

extension ConnectionResolverTests {
    @Test("an access key and a secret key from different places give a warning")
    func mixedSources() throws {
        let env = ["HUAWEICLOUD_SDK_AK": "ENVACCESSKEY0001"]
        let r = try resolve(ConnectionFlags(region: "cn-north-4"), env: env) { home in
            try home.write(".huaweicloud/credentials", "[basic]\nsk = \(Self.fileSecret)\nproject_id = p\n")
        }
        #expect(try signing(r).secretKey == Self.fileSecret)
        #expect(r.warnings.count == 1)
        let prefix = "the access key comes from env HUAWEICLOUD_SDK_AK but the secret key from "
        #expect(r.warnings.first?.hasPrefix(prefix) == true)
    }
}

extension ConnectionResolverTests {
    @Test(
        "an empty credentials file is named as empty, with what it should hold",
        arguments: [
            "", "\n\n", "# only a comment\n; and another\n",
        ])
    func emptyCredentialsFile(text: String) throws {
        let home = try TempHome()
        defer { home.remove() }
        let path = try home.write(".huaweicloud/credentials", text)
        do {
            _ = try resolver(home).resolve(ConnectionFlags(endpoint: "http://127.0.0.1:9"))
            Issue.record("an empty credentials file resolved")
        } catch {
            #expect(
                error.message == "\(path) is empty: expected [basic] with ak = ... and sk = ..., "
                    + "or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK")
        }
    }

    @Test("a credentials file without [basic] keys says so; one with them is not called empty")
    func credentialsFileWithoutKeys() throws {
        let home = try TempHome()
        defer { home.remove() }
        let path = try home.write(".huaweicloud/credentials", "[default]\nak = X\nsk = \(Self.fileSecret)\n")
        do {
            _ = try resolver(home).resolve(ConnectionFlags(endpoint: "http://127.0.0.1:9"))
            Issue.record("a file without [basic] resolved")
        } catch {
            #expect(error.message.hasPrefix("\(path) has no ak or sk: expected [basic] with ak = ... and sk = ..."))
            #expect(!error.message.contains(Self.fileSecret))
        }
        #expect(CredentialsFile.parse("[basic]\nak = A\nsk = B\n", path: "p").missingKeysReason == nil)
        #expect(CredentialsFile.parse("[basic]\nak = A\nsk = B\n", path: "p").isEmpty == false)
    }

    @Test("keySources names where each key comes from without an endpoint, and never the secret")
    func keySources() throws {
        let home = try TempHome()
        defer { home.remove() }
        let path = try home.write(
            ".huaweicloud/credentials", "[basic]\nak = FILEACCESSKEY002\nsk = \(Self.fileSecret)\n")
        let sources = try resolver(home).keySources(ConnectionFlags())
        #expect(sources == "AK FILE…Y002 from \(path) [basic], SK **** from \(path) [basic]")
        let empty = try TempHome()
        defer { empty.remove() }
        #expect(try resolver(empty).keySources(ConnectionFlags()) == nil)
    }
}

extension ClientConfiguration.Authentication {
    /// The token credentials of `.token` authentication; nil for AK/SK.
    var token: TokenCredentials? {
        if case .token(let credentials) = self { credentials } else { nil }
    }
}
