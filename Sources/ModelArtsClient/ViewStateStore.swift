import Foundation

/// Keeps one `ViewState` per profile under `$XDG_STATE_HOME/majobs/` (default
/// `~/.local/state/majobs/`). Writes are atomic (a private temporary file renamed over the old
/// one) and private (mode 0600), so a crash mid-write never leaves half a file; a file that cannot
/// be decoded is reported as `.unusable`, never thrown.
public struct ViewStateStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_STATE_HOME/majobs`, or `~/.local/state/majobs`.
    public static func defaultDirectory(environment: [String: String], homeDirectory: String) -> String {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return PathText.join(xdg, "majobs") }
        return PathText.join(homeDirectory, ".local/state/majobs")
    }

    /// The file for a profile: `view-NAME.json`, `view.json` without a profile, `demo.json` for the demo.
    /// Profile names are letters, digits, `_` and `-` (the config parser checks), so they are safe file names.
    public func path(profile: String?, isDemo: Bool) -> String {
        let name = isDemo ? "demo.json" : profile.map { "view-\($0).json" } ?? "view.json"
        return PathText.join(directory, name)
    }

    /// Reads the saved state for a profile.
    public func load(profile: String?, isDemo: Bool) -> ViewStateLoad {
        let path = self.path(profile: profile, isDemo: isDemo)
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unusable("cannot read \(path); starting from defaults")
        }
        let state: ViewState
        do {
            state = try JSONDecoder().decode(ViewState.self, from: data)
        } catch {
            return .unusable("\(path) is not a valid view state (ignored, starting from defaults)")
        }
        if let problem = state.problem {
            return .unusable("\(path): \(problem) (ignored, starting from defaults)")
        }
        return .loaded(state)
    }

    /// Writes the state for a profile atomically with mode 0600, creating the directory (0700).
    public func save(_ state: ViewState, profile: String?, isDemo: Bool) throws(ViewStateStoreError) {
        let path = self.path(profile: profile, isDemo: isDemo)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(state)
        } catch {
            throw ViewStateStoreError("cannot encode the view state: \(error)")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ViewStateStoreError("cannot create \(directory)")
        }
        let temporary = PathText.join(directory, ".\(UUID().uuidString).tmp")
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw ViewStateStoreError("cannot write \(temporary)")
        }
        // The umask may have narrowed the mode; make sure it is exactly 0600 before it becomes visible.
        chmod(temporary, 0o600)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ViewStateStoreError("cannot replace \(path): \(reason)")
        }
    }
}

/// Why the view state could not be saved (one line, for the log).
public struct ViewStateStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
