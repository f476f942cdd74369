import AsyncHTTPClient
import NIOPosix
import Synchronization

/// Process-wide AsyncHTTPClient instances tuned for a CLI: a short connect timeout and no silent
/// re-connecting, so a refused connection fails at once (AHC's `HTTPClient.shared` retries a refused
/// connection until the deadline, and waits 90 s to connect). Like `shared`, they are never shut down.
public enum ModelArtsHTTPClients {
    private static let clients = Mutex<[Int64: HTTPClient]>([:])

    /// One event loop thread: majobs has a request or two in flight at a time, and NIO's default group
    /// starts one thread per core, each with its own stack and malloc arena (resident memory of `list`).
    private static let eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    /// The client for a given connect timeout, created once per process.
    public static func client(connectTimeout: Duration) -> HTTPClient {
        let ms = Int64(max(1, (connectTimeout.inSeconds * 1000).rounded()))
        return clients.withLock { table in
            if let existing = table[ms] { return existing }
            var config = HTTPClient.Configuration()
            config.timeout = .init(connect: .milliseconds(ms))
            config.connectionPool.retryConnectionEstablishment = false
            config.redirectConfiguration = .disallow
            config.decompression = .disabled
            let client = HTTPClient(eventLoopGroup: eventLoopGroup, configuration: config)
            table[ms] = client
            return client
        }
    }
}
