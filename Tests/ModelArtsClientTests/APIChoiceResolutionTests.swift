import Foundation
import MajobsSettings
import ModelArts
import Testing
import TestSupport

@testable import ModelArtsClient

@Suite("config: which API a connection uses")
struct APIChoiceResolutionTests {
    static let config = """
        default_profile = "new"
        [profiles.new]
        endpoint = "http://127.0.0.1:9999"
        project_id = "p1"
        access_key = "NEWACCESSKEY0001"
        secret_key = "NEWsecretNEWsecretNEW0001"
        api = "v2"
        [profiles.plain]
        endpoint = "http://127.0.0.1:9999"
        project_id = "p2"
        access_key = "PLAINACCESSKEY01"
        secret_key = "PLAINsecretPLAINsecret01"
        """

    @Test("--api beats the profile's api, which beats auto")
    func precedence() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write(".config/majobs/config.toml", Self.config)
        #expect(try ConnectionResolver.reading(home).resolve(ConnectionFlags()).apiChoice == .v2)
        #expect(try ConnectionResolver.reading(home).resolve(ConnectionFlags(api: .v1)).apiChoice == .v1)
        #expect(try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "plain")).apiChoice == .auto)
        #expect(
            try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "plain", api: .v2)).apiChoice == .v2)
    }

    @Test("with nothing configured (the demo) the choice is the flag's, else auto")
    func demo() throws {
        let home = try TempHome()
        defer { home.remove() }
        #expect(try ConnectionResolver.reading(home).resolve(ConnectionFlags()).apiChoice == .auto)
        #expect(try ConnectionResolver.reading(home).resolve(ConnectionFlags(api: .v2)).apiChoice == .v2)
    }
}
