import ArgumentParser
import Foundation
import JobBrowser
import JobBrowserRuntime
import Logging
import MajobsSettings
import ModelArts
import ModelArtsClient
import Synchronization

/// What `browse` reads from the config file before anything touches the terminal or the network.
struct StartupConfig {
    var config: MajobsConfig?
    var keymap: Keymap

    /// Reads the config, applies `[keys]` and checks `--profile`; a problem is one line on stderr and
    /// exit 78 for anything in the config file (unreadable, syntax, values, key bindings) or 64 for
    /// `--profile` naming no profile (see docs/DECISIONS.md).
    static func load(_ connection: ConnectionOptions, stderr: StandardError) throws -> StartupConfig {
        let resolver = ConnectionResolver(environment: .process())
        let config: MajobsConfig?
        do {
            config = try resolver.loadConfig().config
        } catch {
            stderr.write("majobs: error: \(error)\n")
            throw ExitCode(error.exitCode)
        }
        let keymap: Keymap
        do {
            keymap = try Keymap.standard.applying(config?.keys ?? [])
        } catch {
            stderr.write("majobs: error: \(OneLine.clean(error.message, limit: 400))\n")
            // `[keys]` is part of the config file: the same exit status as any other bad value in it.
            throw ExitCode(ConfigurationError(error.message, configFile: true).exitCode)
        }
        if let name = connection.profile, !connection.demo, config?.profiles[name] == nil {
            let path =
                config?.path
                ?? MajobsConfig.defaultPath(
                    environment: resolver.environment.variables, homeDirectory: resolver.environment.homeDirectory)
            let known = config?.profileNames ?? []
            let list =
                config == nil
                ? "\(path) does not exist"
                : known.isEmpty ? "\(path) defines no profiles" : "known: \(known.joined(separator: ", "))"
            stderr.write("majobs: error: profile '\(OneLine.clean(name, limit: 64))' not found (\(list))\n")
            throw ExitCode(64)
        }
        return StartupConfig(config: config, keymap: keymap)
    }

    /// The config's profiles for the switcher, sorted by name: where each connects and how it signs in,
    /// as the file says (the environment and the shared credentials file may fill in keys later).
    var profileEntries: [ProfileEntry] {
        guard let config else { return [] }
        return config.profileNames.compactMap { config.profiles[$0].map(Self.entry) }
    }

    /// One profile's entry. Never a key, token, user or password: only the region or endpoint host and the
    /// kind of authentication, decided the way `ConnectionResolver` decides it.
    static func entry(_ profile: MajobsConfig.Profile) -> ProfileEntry {
        let place = profile.region ?? profile.endpoint.map(\.hostHeader)
        let usesKeys = profile.accessKey != nil || profile.secretKey != nil
        let auth: ProfileEntry.Auth =
            switch profile.auth {
            case .token?: .token
            case .aksk?: .akSk
            case nil: !usesKeys && profile.user != nil ? .token : .akSk
            }
        return ProfileEntry(name: profile.name, place: place, auth: auth)
    }
}

/// Loads and saves the browser's view per profile through `SavedViewStore`, logging what it cannot use.
struct SavedViewFiles: Sendable {
    let store: SavedViewStore
    let logger: Logger

    static func process(logger: Logger) -> SavedViewFiles {
        let env = ResolverEnvironment.process()
        let directory = SavedViewStore.defaultDirectory(environment: env.variables, homeDirectory: env.homeDirectory)
        return SavedViewFiles(store: SavedViewStore(directory: directory), logger: logger)
    }

    /// The saved view, or nil (first run, or an unusable file: one log line, never a crash).
    func load(profile: String?, isDemo: Bool) -> SavedView? {
        switch store.load(profile: profile, isDemo: isDemo) {
        case .missing:
            return nil
        case .unusable(let why):
            logger.warning("view state ignored: \(why)")
            return nil
        case .loaded(let view):
            return view
        }
    }

    func save(_ view: SavedView, profile: String?, isDemo: Bool) {
        do {
            try store.save(view, profile: profile, isDemo: isDemo)
        } catch {
            logger.warning("view state not saved: \(error.description)")
        }
    }
}

/// The connections the profile switcher opened, closed when the browser exits.
final class SwitchedConnections: Sendable {
    private let all = Mutex<[Connection]>([])

    func add(_ connection: Connection) { all.withLock { $0.append(connection) } }

    func closeAll() async {
        for connection in all.withLock({ $0 }) { await connection.close() }
    }

    /// The switcher's hook: connects to `name` with nothing but `--profile NAME` and this run's
    /// `--read-only` (warnings go to the log).
    func connector(
        logger: Logger, views: SavedViewFiles?, readOnly: Bool
    ) -> @Sendable (String) async throws -> ProfileConnection {
        { name in
            let connection = try await Connector.connect(
                flags: ConnectionFlags(profile: name, readOnly: readOnly), demo: false, logger: logger,
                warn: { logger.warning("\($0)") })
            self.add(connection)
            let view = views?.load(profile: name, isDemo: connection.isDemo)
            let info = ProfileSwitch(
                profile: name, sourceLabel: connection.sourceLabel, isDemo: connection.isDemo,
                view: view, readOnly: readOnly || connection.resolved?.readOnly == true)
            return ProfileConnection(api: connection.api, info: info)
        }
    }
}
