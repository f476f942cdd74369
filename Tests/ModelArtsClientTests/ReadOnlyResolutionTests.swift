import Foundation
import MajobsSettings
import ModelArts
import Testing
import TestSupport

@testable import ModelArtsClient

@Suite("config: which connections refuse writes")
struct ReadOnlyResolutionTests {
    static let config = """
        default_profile = "prod"
        [profiles.prod]
        endpoint = "http://127.0.0.1:9999"
        project_id = "p1"
        access_key = "PRODACCESSKEY001"
        secret_key = "PRODsecretPRODsecret0001"
        read_only = true
        [profiles.lab]
        endpoint = "http://127.0.0.1:9999"
        project_id = "p2"
        access_key = "LABACCESSKEY0001"
        secret_key = "LABsecretLABsecretLAB001"
        """

    @Test("read_only in the profile or --read-only makes the connection and its client configuration read-only")
    func readOnly() throws {
        let home = try TempHome()
        defer { home.remove() }
        try home.write(".config/majobs/config.toml", Self.config)
        let prod = try ConnectionResolver.reading(home).resolve(ConnectionFlags())
        #expect(prod.readOnly && prod.configuration?.readOnly == true)
        let lab = try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "lab"))
        #expect(!lab.readOnly && lab.configuration?.readOnly == false)
        let flagged = try ConnectionResolver.reading(home).resolve(ConnectionFlags(profile: "lab", readOnly: true))
        #expect(flagged.readOnly && flagged.configuration?.readOnly == true)
        #expect(flagged.configuration?.description.contains("read-only") == true)
    }
}
