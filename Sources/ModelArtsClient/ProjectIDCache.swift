import Foundation
import MajobsSettings
import ModelArts

/// Project ids found through IAM, kept between runs in `$XDG_CACHE_HOME/majobs/project-ids.json`
/// (default `~/.cache/majobs/`), so the browser and `list` ask IAM once per profile and region, not
/// on every start. Keyed by profile, region, IAM endpoint and the masked access key: another key or
/// account asks again. Mode 0600. A damaged or unreadable file is treated as empty, never an error.
public struct ProjectIDCache: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// `$XDG_CACHE_HOME/majobs/project-ids.json`, or `~/.cache/majobs/project-ids.json`.
    public static func defaultPath(environment: [String: String], homeDirectory: String) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return PathText.join(xdg, "majobs/project-ids.json")
        }
        return PathText.join(homeDirectory, ".cache/majobs/project-ids.json")
    }

    /// The cache at its default place for this environment.
    public static func standard(_ environment: ResolverEnvironment) -> ProjectIDCache {
        ProjectIDCache(path: defaultPath(environment: environment.variables, homeDirectory: environment.homeDirectory))
    }

    /// The key of one lookup; the access key is masked so the file names no usable credential.
    public static func key(profile: String?, region: String, iam: ServiceEndpoint, accessKey: String) -> String {
        "\(profile ?? "-") \(region) \(iam.url) \(SigningCredentials.mask(accessKey))"
    }

    /// The cached id for `key`, if any (and still a valid project id).
    public func projectID(for key: String) -> String? {
        guard let id = entries()[key], (try? ProjectID.validate(id)) != nil else { return nil }
        return id
    }

    /// Remembers `id` for `key`; a failure to write only costs a lookup next time.
    public func store(_ id: String, for key: String) {
        var all = entries()
        all[key] = id
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(all) else { return }
        try? PrivateFile.write(String(decoding: data, as: UTF8.self) + "\n", to: path)
    }

    func entries() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path),
            let all = try? JSONDecoder().decode([String: String].self, from: data)
        else { return [:] }
        return all
    }
}
