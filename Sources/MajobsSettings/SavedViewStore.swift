import Foundation

/// Keeps one `SavedView` per profile under `$XDG_STATE_HOME/majobs/` (default
/// `~/.local/state/majobs/`). Writes are atomic (a private temporary file renamed over the old
/// one) and private (mode 0600), so a crash mid-write never leaves half a file; a file that cannot
/// be decoded is reported as `.unusable`, never thrown.
public struct SavedViewStore: Sendable {
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

    /// Reads the saved view for a profile.
    public func load(profile: String?, isDemo: Bool) -> SavedViewLoad {
        let path = self.path(profile: profile, isDemo: isDemo)
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .unusable("cannot read \(path); starting from defaults")
        }
        do {
            return .loaded(try JSONDecoder().decode(SavedView.self, from: data))
        } catch let problem as SavedViewProblem {
            return .unusable("\(path): \(problem) (ignored, starting from defaults)")
        } catch {
            return .unusable("\(path) is not a valid view state (ignored, starting from defaults)")
        }
    }

    /// Writes the view for a profile atomically with mode 0600, creating the directory (0700).
    public func save(_ view: SavedView, profile: String?, isDemo: Bool) throws(SavedViewStoreError) {
        let path = self.path(profile: profile, isDemo: isDemo)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(view)
        } catch {
            throw SavedViewStoreError("cannot encode the view state: \(error)")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SavedViewStoreError("cannot create \(directory)")
        }
        let temporary = PathText.join(directory, ".\(UUID().uuidString).tmp")
        guard
            FileManager.default.createFile(
                atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw SavedViewStoreError("cannot write \(temporary)")
        }
        // The umask may have narrowed the mode; make sure it is exactly 0600 before it becomes visible.
        chmod(temporary, 0o600)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw SavedViewStoreError("cannot replace \(path): \(reason)")
        }
    }
}

/// Why the saved view could not be written (one line, for the log).
public struct SavedViewStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// What `SavedViewStore.load` found.
public enum SavedViewLoad: Hashable, Sendable {
    /// No file yet (first run for this profile).
    case missing
    case loaded(SavedView)
    /// The file exists but cannot be used; the text says why in one line (for the log).
    case unusable(String)

    /// The view, when one was loaded.
    public var view: SavedView? {
        if case .loaded(let v) = self { return v }
        return nil
    }
}
