import MajobsSettings
import ModelArts

/// The outcome of credential resolution.
public struct ResolvedConnection: Sendable, CustomStringConvertible {
    /// nil when nothing is configured: the app then runs the demo emulator.
    public var configuration: ClientConfiguration?
    /// Where the credentials came from, e.g. `env HUAWEICLOUD_SDK_AK (MAJO…KEY0), project env …`;
    /// secrets masked.
    public var sourceDescription: String
    /// One line each: unsafe file permissions, unknown config keys, mixed credential sources.
    public var warnings: [String]
    /// The parsed config file (with its `[ui]` settings), nil when there is none.
    public var config: MajobsConfig?
    /// The profile used, if any.
    public var profileName: String?
    /// The region, when one was given or configured.
    public var region: String?
    /// The training API asked for: `--api`, else the profile's `api`, else `auto`.
    public var apiChoice: APIChoice
    /// True when writes are refused: `--read-only`, or `read_only = true` in the profile.
    public var readOnly: Bool

    public init(
        configuration: ClientConfiguration?, sourceDescription: String, warnings: [String] = [],
        config: MajobsConfig? = nil, profileName: String? = nil, region: String? = nil, apiChoice: APIChoice = .auto,
        readOnly: Bool = false
    ) {
        self.configuration = configuration
        self.sourceDescription = sourceDescription
        self.warnings = warnings
        self.config = config
        self.profileName = profileName
        self.region = region
        self.apiChoice = apiChoice
        self.readOnly = readOnly
    }

    /// True when nothing is configured and the demo should run.
    public var isDemo: Bool { configuration == nil }

    public var description: String {
        "ResolvedConnection(\(configuration.map { "\($0)" } ?? "demo"), source: \(sourceDescription), "
            + "warnings: \(warnings.count))"
    }
}
