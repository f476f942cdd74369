import Foundation
import MajobsSettings
import ModelArts
import ModelArtsClient

/// Writes what `majobs configure` settled on: the profile into the TOML config (every other line kept)
/// and the AK/SK into the profile's SDK-style credentials file (`[basic]` ak / sk, mode 0600), never
/// into the TOML unless `secretsInConfig` (the TOML is then made 0600 too).
struct ConfigureSave {
    let environment: ResolverEnvironment
    let configPath: String
    var secretsInConfig = false

    /// The lines to print: what was written where.
    func write(_ draft: ConfigureDraft, existing: ExistingProfile, makeDefault: Bool) throws(ConfigurationError)
        -> [String]
    {
        let name = draft.profile
        let current = try read(configPath)
        var editor = try ProfileEditor(text: current ?? "", path: configPath)
        var lines: [String] = []
        func set(_ key: String, _ value: String?) {
            editor.set(profile: name, key, value.map(TOMLValue.string))
        }
        set("region", draft.region)
        set("endpoint", draft.endpoint?.url)
        set("iam_endpoint", draft.iamEndpoint?.url)
        set("project_id", draft.projectID)
        set("auth", draft.auth.rawValue)
        if draft.auth == .token {
            set("user", draft.user)
            set("domain", draft.domain)
        }
        var configMode: mode_t = current == nil ? 0o600 : (PrivateFile.mode(configPath) ?? 0o600)
        if draft.auth == .aksk, let ak = draft.accessKey, let sk = draft.secretKey {
            if secretsInConfig {
                set("access_key", ak)
                set("secret_key", sk)
                configMode = 0o600
                lines.append("secret key written to \(configPath) (--secrets-in-config), mode 0600")
            } else {
                // The keys live in the credentials file; a key left in the profile would win over it.
                set("access_key", nil)
                set("secret_key", nil)
                let shown = existing.profile?.credentialsFile ?? "~/.huaweicloud/credentials-\(name)"
                let path = PathText.expand(shown, home: environment.homeDirectory)
                let text = try CredentialsFile.settingKeys(in: try read(path), accessKey: ak, secretKey: sk)
                try save(text, to: path, mode: 0o600)
                set("credentials_file", shown)
                lines.append("access key and secret key written to \(path) ([basic] ak / sk, mode 0600)")
            }
        }
        if makeDefault { editor.setDefaultProfile(name) }
        // What is written must read back as the profile just configured.
        let parsed: MajobsConfig
        do {
            parsed = try MajobsConfig.parse(editor.text, path: configPath)
        } catch {
            throw ConfigurationError("the edited config would not read back (\(error.message)); nothing written")
        }
        guard parsed.profiles[name]?.region == draft.region else {
            throw ConfigurationError("the edited config does not read back as profile '\(name)'; nothing written")
        }
        try save(editor.text, to: configPath, mode: configMode)
        let marker = makeDefault ? " (the default profile)" : ""
        lines.insert("profile '\(name)'\(marker) written to \(configPath)", at: 0)
        return lines
    }

    func read(_ path: String) throws(ConfigurationError) -> String? {
        do {
            return try environment.readFile(path)
        } catch {
            throw ConfigurationError("cannot read \(path): \(OneLine.clean("\(error)", limit: 100))")
        }
    }

    func save(_ text: String, to path: String, mode: mode_t) throws(ConfigurationError) {
        do {
            try PrivateFile.write(text, to: path, mode: mode)
        } catch {
            throw ConfigurationError(error.description)
        }
    }
}
