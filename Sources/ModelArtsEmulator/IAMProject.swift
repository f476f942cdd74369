/// One IAM project the emulator's account has: IAM names a region's project after the region
/// (`cn-north-4`), and sub-projects `REGION_NAME`.
public struct IAMProject: Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    /// The account's projects when none are given: the identity's project named `cn-north-4`, and a
    /// sub-project `cn-north-4_dev`, so a lookup by region name finds exactly one.
    public static func defaults(for identity: EmulatorIdentity) -> [IAMProject] {
        [
            IAMProject(id: identity.projectID, name: "cn-north-4"),
            IAMProject(id: EmulatorService.stableID("project:cn-north-4_dev"), name: "cn-north-4_dev"),
        ]
    }
}
