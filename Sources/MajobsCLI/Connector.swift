import ArgumentParser
import Foundation
import Logging
import ModelArts
import ModelArtsClient
import ModelArtsEmulator

/// A live connection for a command: the API client, a label for the header, and the in-process
/// emulator when running the demo (stopped by `close()`).
final class Connection: Sendable {
    let api: any JobsAPI
    let sourceLabel: String
    let isDemo: Bool
    let resolved: ResolvedConnection?
    private let emulator: EmulatorServer?

    init(api: any JobsAPI, sourceLabel: String, isDemo: Bool, resolved: ResolvedConnection?, emulator: EmulatorServer?)
    {
        self.api = api
        self.sourceLabel = sourceLabel
        self.isDemo = isDemo
        self.resolved = resolved
        self.emulator = emulator
    }

    func close() async {
        await emulator?.stop()
    }
}

/// Turns the connection flags into a `Connection`: the configured account, or the demo emulator
/// served in-process over real loopback HTTP and called through the real, signing client.
enum Connector {
    /// - Parameter live: a demo emulator whose jobs live (the browser's); `list` keeps a still one, so
    ///   paging through it never skips or repeats a job.
    static func connect(
        _ options: ConnectionOptions, live: Bool = false, logger: Logger, warn: (String) -> Void
    ) async throws -> Connection {
        try await connect(flags: options.flags, demo: options.demo, live: live, logger: logger, warn: warn)
    }

    /// `connect` from plain flags (the profile switcher passes just `--profile NAME`).
    static func connect(
        flags: ConnectionFlags, demo useDemo: Bool, live: Bool = false, logger: Logger, warn: (String) -> Void
    ) async throws -> Connection {
        let options = (flags: flags, demo: useDemo)
        let resolved: ResolvedConnection?
        if options.demo {
            resolved = nil
        } else {
            do {
                let environment = ResolverEnvironment.process()
                resolved = try await ConnectionResolver(environment: environment).resolve(
                    options.flags, projectCache: .standard(environment))
            } catch {
                // A bad config file exits 78, `--profile` naming no profile 64 (like a bad flag), else 1.
                throw CLIError(String(describing: error), exitCode: error.exitCode)
            }
        }
        resolved?.warnings.forEach(warn)
        if let resolved, let configuration = resolved.configuration {
            logger.info("connecting", metadata: ["source": "\(resolved.sourceDescription)"])
            let api = ModelArtsHTTPClient(configuration: configuration, logger: logger)
            let project = String(configuration.projectID.prefix(8))
            let place = resolved.region ?? configuration.endpoint.description
            return Connection(
                api: api, sourceLabel: "\(place) · \(project)", isDemo: false, resolved: resolved, emulator: nil)
        }
        return try await demo(
            live: live, logger: logger, resolved: resolved, readOnly: flags.readOnly || resolved?.readOnly == true)
    }

    /// `connect`, printing warnings and a failure as one line on stderr; a failure exits 1.
    static func connectOrExit(
        _ options: ConnectionOptions, live: Bool = false, logger: Logger, stderr: StandardError
    ) async throws -> Connection {
        do {
            return try await connect(options, live: live, logger: logger) { warning in
                // Before the browser owns the screen, and in the log for later.
                stderr.write("majobs: warning: \(warning)\n")
                logger.warning("\(warning)")
            }
        } catch {
            stderr.write("majobs: error: \(error)\n")
            throw ExitCode((error as? CLIError)?.exitCode ?? 1)
        }
    }

    /// The demo is writable (it is local) unless `readOnly` (`--read-only`) asks otherwise.
    static func demo(
        live: Bool = false, logger: Logger, resolved: ResolvedConnection?, readOnly: Bool = false
    ) async throws -> Connection {
        let identity = EmulatorIdentity.demo
        let server: EmulatorServer
        do {
            var configuration = EmulatorConfiguration(identity: identity, port: 0)
            configuration.live = live
            server = try await EmulatorServer.start(configuration)
        } catch {
            throw CLIError("cannot start the demo emulator: \(error)")
        }
        logger.info("demo emulator started", metadata: ["endpoint": "\(server.endpoint)"])
        let configuration: ClientConfiguration
        do {
            configuration = try ClientConfiguration(
                endpoint: server.endpoint, projectID: identity.projectID,
                authentication: .akSk(SigningCredentials(accessKey: identity.accessKey, secretKey: identity.secretKey)),
                readOnly: readOnly)
        } catch {
            await server.stop()
            throw CLIError(String(describing: error))
        }
        let api = ModelArtsHTTPClient(configuration: configuration, logger: logger)
        return Connection(
            api: api, sourceLabel: "demo (local emulator)", isDemo: true, resolved: resolved, emulator: server)
    }
}

/// A failure reported as one line on stderr, exiting 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    /// 1 for a failure, 64 for a usage error (an unknown profile).
    let exitCode: Int32
    init(_ description: String, exitCode: Int32 = 1) {
        self.description = OneLine.clean(description, limit: 300)
        self.exitCode = exitCode
    }
}
