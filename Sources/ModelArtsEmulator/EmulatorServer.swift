import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization

/// The emulator on a real socket: a HummingbirdCore HTTP/1 server bound to `host:port` (0 picks a free port),
/// serving an `EmulatorService`. Call `stop()` when done.
///
/// Built from HummingbirdCore's `Server` directly, not Hummingbird's `Application`: `Application.run()` also starts
/// a `DateCache` service whose 1 s timer woke the idle demo browser (which runs this server in-process) every
/// second. `EmulatorResponder` sets `Date` per response instead.
public final class EmulatorServer: Sendable {
    /// The port actually bound.
    public let port: Int
    public let service: EmulatorService
    private let host: String
    private let group: ServiceGroup
    private let runTask: Task<Void, any Error>
    private let hangs: HangRegistry

    public enum StartError: Error, CustomStringConvertible {
        case accessLog(path: String, reason: String)
        case exited(reason: String)

        public var description: String {
            switch self {
            case .accessLog(let path, let reason): return "cannot open access log \(path): \(reason)"
            case .exited(let reason): return "emulator server did not start: \(reason)"
            }
        }
    }

    /// `http://127.0.0.1:PORT`
    public var endpoint: String {
        host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
    }

    private init(
        port: Int, host: String, service: EmulatorService, group: ServiceGroup, runTask: Task<Void, any Error>,
        hangs: HangRegistry
    ) {
        self.port = port
        self.host = host
        self.service = service
        self.group = group
        self.runTask = runTask
        self.hangs = hangs
    }

    /// Starts serving and returns once the socket is bound (throws if it cannot be).
    public static func start(_ configuration: EmulatorConfiguration) async throws -> EmulatorServer {
        try await start(configuration, now: EmulatorTime.systemNowMS)
    }

    /// Starts serving with an injected clock (epoch ms).
    public static func start(
        _ configuration: EmulatorConfiguration, now: @escaping @Sendable () -> Int64
    ) async throws -> EmulatorServer {
        if let path = configuration.accessLogPath {
            do {
                _ = try AccessLog(path: path)
            } catch {
                throw StartError.accessLog(path: path, reason: "\(error.localizedDescription)")
            }
        }
        let service = EmulatorService(configuration: configuration, now: now)
        let hangs = HangRegistry()
        let bound = PortPromise()
        // Quiet: the command prints exactly one line, and request details go to the access log.
        let logger = Logger(label: "majobs.emulator") { _ in SwiftLogNoOpLogHandler() }
        let responder = EmulatorResponder(service: service, hangs: hangs)
        // What `Application(responder:configuration:)` built: HTTP/1 with default settings, on NIO's shared group.
        let server = HTTP1Channel(responder: { request, writer, channel in
            try await responder.serve(request, writer: writer, channel: channel)
        }).server(
            configuration: ServerConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in bound.fulfill(channel.localAddress?.port ?? configuration.port) },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger)
        var groupConfiguration = ServiceGroupConfiguration(services: [server], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(5)
        groupConfiguration.maximumCancellationDuration = .seconds(5)
        let group = ServiceGroup(configuration: groupConfiguration)
        let runTask = Task {
            do {
                try await group.run()
                bound.fail(StartError.exited(reason: "server stopped before it was running"))
            } catch {
                bound.fail(error)
                throw error
            }
        }
        let port = try await bound.value()
        return EmulatorServer(
            port: port, host: configuration.host, service: service, group: group, runTask: runTask, hangs: hangs)
    }

    /// Stops accepting, wakes hanging requests, lets open requests finish, and frees the port.
    public func stop() async {
        hangs.releaseAll()
        await group.triggerGracefulShutdown()
        _ = await runTask.result
    }
}

/// The bound port, handed from `onServerRunning` (or the failure from the run task) to `start`.
final class PortPromise: Sendable {
    private enum State {
        case waiting(CheckedContinuation<Int, any Error>?)
        case done(Result<Int, any Error>)
    }

    private let state = Mutex(State.waiting(nil))

    func fulfill(_ port: Int) { complete(.success(port)) }

    func fail(_ error: any Error) { complete(.failure(error)) }

    private func complete(_ result: Result<Int, any Error>) {
        let waiter = state.withLock { s -> CheckedContinuation<Int, any Error>? in
            guard case .waiting(let c) = s else { return nil }
            s = .done(result)
            return c
        }
        waiter?.resume(with: result)
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Int, any Error>) in
            let ready = state.withLock { s -> Result<Int, any Error>? in
                switch s {
                case .waiting:
                    s = .waiting(c)
                    return nil
                case .done(let r):
                    return r
                }
            }
            if let ready { c.resume(with: ready) }
        }
    }
}
