import MajobsSettings
import ModelArts
import ModelArtsClient

/// The values `majobs configure` was given on its command line.
struct ConfigureGiven: Equatable {
    var profile: String?
    var region: String?
    var endpoint: String?
    var iamEndpoint: String?
    var auth: AuthMode?
    var accessKey: String?
    var projectID: String?
    var user: String?
    var domain: String?
    var makeDefault = false
}

/// The questions of `majobs configure`, in order. Each has a default: the flag, then (for keys) the
/// environment, then what the profile holds now, then a built-in one. Interactively the person sees
/// the default in brackets (secrets masked) and Enter keeps it; with `--non-interactive` every
/// default is taken as the answer, and a question without one stops the run with one line.
struct ConfigureFlow {
    /// Why the questions stopped: the input ended, or `--non-interactive` lacks a value (exit 64).
    struct Stop: Error, CustomStringConvertible {
        var description: String
    }

    let io: any ConfigureIO
    let interactive: Bool
    let given: ConfigureGiven
    let environment: ResolverEnvironment
    let config: MajobsConfig?

    /// Asks everything; returns the draft, the password for a token check, and whether to make the
    /// profile the default.
    func run() throws(Stop) -> (draft: ConfigureDraft, password: String?, makeDefault: Bool) {
        let name = try need(
            "Profile name", what: "--profile", default: given.profile ?? config?.defaultProfile ?? "default",
            validate: Self.nameProblem)
        let existing = ExistingProfile(profile: config?.profiles[name], environment: environment)
        if interactive {
            let editing = "Editing profile '\(name)': Enter keeps [the current value]."
            io.say(existing.profile == nil ? "New profile '\(name)'." : editing)
        }
        var draft = ConfigureDraft(profile: name)
        try askPlace(&draft, existing: existing)
        let auth = try need(
            "Authentication: aksk (access key) or token (IAM user and password)", what: "--auth",
            default: (given.auth ?? existing.profile?.auth ?? .aksk).rawValue
        ) { AuthMode(rawValue: $0) == nil ? "answer aksk or token" : nil }
        draft.auth = AuthMode(rawValue: auth) ?? .aksk
        var password: String?
        if draft.auth == .aksk {
            try askKeys(&draft, existing: existing)
        } else {
            password = try askToken(&draft, existing: existing)
        }
        var makeDefault = given.makeDefault || config?.defaultProfile == nil || config?.defaultProfile == name
        if !makeDefault, interactive {
            let other = config?.defaultProfile ?? ""
            let yes = try answer("Make '\(name)' the default profile (now '\(other)')? y/n", what: "", default: "n") {
                ["y", "n", "yes", "no"].contains($0.lowercased()) ? nil : "answer y or n"
            }
            makeDefault = yes?.lowercased().hasPrefix("y") == true
        }
        return (draft, password, makeDefault)
    }

    /// Region (from the list of known ones), then the endpoints it gives unless others are wanted.
    func askPlace(_ draft: inout ConfigureDraft, existing: ExistingProfile) throws(Stop) {
        if interactive {
            io.say("Regions:")
            for (i, r) in KnownRegions.all.enumerated() {
                let number = String(i + 1).paddedLeft(2)
                let url = RegionEndpoints.modelArts(region: r.id)
                io.say("  \(number)) \(r.id.paddedRight(16)) \(r.place.paddedRight(14)) \(url)")
            }
        }
        let region = try need(
            "Region (a number above or a region id)", what: "--region",
            default: given.region ?? existing.profile?.region ?? "cn-north-4"
        ) { answer in
            if let n = Int(answer), KnownRegions.all.indices.contains(n - 1) { return nil }
            return RegionEndpoints.isValidRegion(answer) ? nil : "expected a region id such as cn-north-4"
        }
        let chosen = Int(region).map { KnownRegions.all[$0 - 1].id } ?? region
        draft.region = chosen
        let standard = RegionEndpoints.modelArts(region: chosen)
        let endpoint = try need(
            "ModelArts endpoint", what: "--endpoint",
            default: given.endpoint ?? existing.profile?.endpoint?.url ?? standard, validate: Self.endpointProblem)
        let parsed = try? ServiceEndpoint(parsing: endpoint)
        draft.endpoint = parsed?.url == standard ? nil : parsed
        let standardIAM = RegionEndpoints.iam(region: chosen)
        let knownIAM = given.iamEndpoint ?? existing.profile?.iamEndpoint?.url
        // Asked only when the setup is not the region's standard one (an emulator, a private cloud).
        if draft.endpoint != nil || knownIAM != nil {
            let iam = try need(
                "IAM endpoint", what: "--iam-endpoint", default: knownIAM ?? standardIAM,
                validate: Self.endpointProblem)
            let parsedIAM = try? ServiceEndpoint(parsing: iam)
            draft.iamEndpoint = parsedIAM?.url == standardIAM ? nil : parsedIAM
        }
    }

    /// Access key, secret key (no echo) and the project id (Enter: look it up in IAM).
    func askKeys(_ draft: inout ConfigureDraft, existing: ExistingProfile) throws(Stop) {
        let ak = given.accessKey ?? env("HUAWEICLOUD_SDK_AK") ?? existing.accessKey
        draft.accessKey = try answer(
            "Access key (AK)", what: "--access-key or HUAWEICLOUD_SDK_AK", default: ak,
            shown: ak.map { SigningCredentials.mask($0) }, validate: Self.keyProblem)
        let sk = env("HUAWEICLOUD_SDK_SK") ?? existing.secretKey
        draft.secretKey = try answer(
            "Secret key (SK, not shown)", what: "HUAWEICLOUD_SDK_SK", default: sk,
            shown: sk.map(ConfigureDraft.maskSecret), secret: true, validate: Self.keyProblem)
        let project = given.projectID ?? env("HUAWEICLOUD_SDK_PROJECT_ID") ?? existing.profile?.projectID
        draft.projectID = try answer(
            "Project id", what: "--project-id", default: project, shown: project ?? "Enter: look it up in IAM",
            required: false, validate: Self.projectProblem)
    }

    /// IAM user, account (domain), project id, and the password for the check (never stored).
    func askToken(_ draft: inout ConfigureDraft, existing: ExistingProfile) throws(Stop) -> String? {
        draft.user = try answer(
            "IAM user name", what: "--user", default: given.user ?? existing.profile?.user, validate: Self.keyProblem)
        draft.domain = try answer(
            "Account (domain) name", what: "--domain", default: given.domain ?? existing.profile?.domain,
            validate: Self.keyProblem)
        draft.projectID = try answer(
            "Project id", what: "--project-id",
            default: given.projectID ?? env("HUAWEICLOUD_SDK_PROJECT_ID") ?? existing.profile?.projectID,
            validate: Self.projectProblem)
        return try answer(
            "Password for \(draft.user ?? "") (not shown, only for the check, never stored)",
            what: "HUAWEICLOUD_SDK_PASSWORD", default: env("HUAWEICLOUD_SDK_PASSWORD"), shown: nil, secret: true,
            validate: { _ in nil })
    }
}
