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

    init(api: any JobsAPI, sourceLabel: String, isDemo: Bool, resolved: ResolvedConnection?, emulator: EmulatorServer?) {
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
    static func connect(_ options: ConnectionOptions, logger: Logger, warn: (String) -> Void) async throws -> Connection {
        let resolved: ResolvedConnection?
        if options.demo {
            resolved = nil
        } else {
            do {
                resolved = try ConnectionResolver(environment: .process()).resolve(options.flags)
            } catch {
                throw CLIError(String(describing: error))
            }
        }
        resolved?.warnings.forEach(warn)
        if let resolved, let configuration = resolved.configuration {
            logger.info("connecting", metadata: ["source": "\(resolved.sourceDescription)"])
            let api = ModelArtsHTTPClient(configuration: configuration, logger: logger)
            let project = String(configuration.projectID.prefix(8))
            let place = resolved.region ?? configuration.endpoint.description
            return Connection(api: api, sourceLabel: "\(place) · \(project)", isDemo: false, resolved: resolved, emulator: nil)
        }
        return try await demo(logger: logger, resolved: resolved)
    }

    /// `connect`, printing warnings and a failure as one line on stderr; a failure exits 1.
    static func connectOrExit(_ options: ConnectionOptions, logger: Logger, stderr: StandardError) async throws -> Connection {
        do {
            return try await connect(options, logger: logger) { stderr.write("majobs: warning: \($0)\n") }
        } catch {
            stderr.write("majobs: error: \(error)\n")
            throw ExitCode(1)
        }
    }

    static func demo(logger: Logger, resolved: ResolvedConnection?) async throws -> Connection {
        let identity = EmulatorIdentity.demo
        let server: EmulatorServer
        do {
            server = try await EmulatorServer.start(EmulatorConfiguration(identity: identity, port: 0))
        } catch {
            throw CLIError("cannot start the demo emulator: \(error)")
        }
        logger.info("demo emulator started", metadata: ["endpoint": "\(server.endpoint)"])
        let configuration: ClientConfiguration
        do {
            configuration = try ClientConfiguration(
                endpoint: server.endpoint, projectID: identity.projectID,
                authentication: .akSk(SigningCredentials(accessKey: identity.accessKey, secretKey: identity.secretKey)))
        } catch {
            await server.stop()
            throw CLIError(String(describing: error))
        }
        let api = ModelArtsHTTPClient(configuration: configuration, logger: logger)
        return Connection(api: api, sourceLabel: "demo (local emulator)", isDemo: true, resolved: resolved, emulator: server)
    }
}

/// A failure reported as one line on stderr, exiting 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = OneLine.clean(description, limit: 300) }
}
