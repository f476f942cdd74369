import ModelArts
import NIOCore
import NIOPosix
import Testing

@testable import ModelArtsClient

/// What NIO's getaddrinfo resolver throws for a name that does not resolve (`SocketAddressError.UnknownHost`,
/// whose initialiser is not public): the same description, EAI_NONAME.
private struct UnknownHost: Error, CustomStringConvertible {
    var host: String
    var port: Int
    var description: String {
        "SocketAddressError.UnknownHost: Name or service not known (error -2) for host \(host), port \(port)"
    }
}

/// A resolver that answers every query with "unknown host", the way getaddrinfo fails for a name
/// that does not resolve, so the real NIO connection error is produced without any DNS traffic.
private struct UnknownHostResolver: Resolver {
    let loop: any EventLoop

    func initiateAQuery(host: String, port: Int) -> EventLoopFuture<[SocketAddress]> {
        loop.makeFailedFuture(UnknownHost(host: host, port: port))
    }

    func initiateAAAAQuery(host: String, port: Int) -> EventLoopFuture<[SocketAddress]> {
        loop.makeFailedFuture(UnknownHost(host: host, port: port))
    }

    func cancelQueries() {}
}

/// The live "DNS name that does not resolve" case is not run (any lookup here asks an off-machine
/// resolver; see docs/RELIABILITY.md), so the mapping of NIO's resolution failure is checked here.
@Suite("a host name that does not resolve")
struct ResolutionFailureTests {
    @Test("NIO's DNS failure maps to one line naming the host, not the error chain")
    func unresolvableHost() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        var thrown: (any Error)?
        do {
            let channel = try await ClientBootstrap(group: group)
                .resolver(UnknownHostResolver(loop: loop))
                .connect(host: "no-such-host.invalid", port: 443).get()
            try await channel.close()
        } catch {
            thrown = error
        }
        try await group.shutdownGracefully()
        let error = try #require(thrown)
        let connectionError = try #require(error as? NIOConnectionError, "\(type(of: error))")
        #expect(connectionError.dnsAError is UnknownHost)
        let mapped = HTTPFailure.map(
            error, timeout: .seconds(15), connectTimeout: .seconds(5),
            url: "https://no-such-host.invalid/v1/projects/p/training-jobs")
        #expect(mapped == .connection("no-such-host.invalid: host name not found"))
        #expect(mapped.message == "cannot reach the server: no-such-host.invalid: host name not found")
        #expect(mapped.isRetryable)
    }
}
