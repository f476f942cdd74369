import Foundation
import ModelArts

/// A validated `http(s)://host[:port]` base URL: no path, query, fragment or user info, so the
/// signed path and the `Host` header are exactly what the client builds.
public struct ServiceEndpoint: Hashable, Sendable, CustomStringConvertible {
    public enum Scheme: String, Hashable, Sendable {
        case http, https
    }

    public var scheme: Scheme
    /// Lower-cased host name or IP address (IPv6 without brackets).
    public var host: String
    /// The explicit port, if the URL had one.
    public var port: Int?

    /// Parses and validates `text`; `what` names the setting in the error (e.g. "endpoint").
    public init(parsing text: String, what: String = "endpoint") throws(ConfigurationError) {
        let shown = OneLine.quoted(text)
        func fail(_ reason: String) -> ConfigurationError {
            ConfigurationError("\(what) \(shown) is invalid: \(reason) (expected http(s)://host[:port])")
        }
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard let sep = rest.range(of: "://") else { throw fail("no scheme") }
        guard let scheme = Scheme(rawValue: rest[..<sep.lowerBound].lowercased()) else {
            throw fail("scheme must be http or https")
        }
        rest = rest[sep.upperBound...]
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        if rest.contains("/") { throw fail("it has a path") }
        if rest.contains("?") || rest.contains("#") { throw fail("it has a query or fragment") }
        if rest.contains("@") { throw fail("it has user info") }
        var host: Substring
        var portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw fail("unclosed IPv6 bracket") }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw fail("junk after the IPv6 address") }
                portText = after.dropFirst()
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        } else {
            host = rest
        }
        guard !host.isEmpty else { throw fail("no host") }
        let allowed = host.unicodeScalars.allSatisfy { s in
            let alphanumeric = s.value < 128 && (s.properties.isAlphabetic || ("0"..."9").contains(s))
            return alphanumeric || "-._:".unicodeScalars.contains(s)
        }
        guard allowed else { throw fail("the host has characters a host name cannot have") }
        if let portText {
            guard let p = Int(portText), (1...65535).contains(p) else { throw fail("the port must be 1...65535") }
            port = p
        } else {
            port = nil
        }
        self.scheme = scheme
        self.host = host.lowercased()
    }

    public init(scheme: Scheme, host: String, port: Int? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    /// The value of the `Host` header: `host` or `host:port` when a port is given.
    public var hostHeader: String {
        let h = host.contains(":") ? "[\(host)]" : host
        return port.map { "\(h):\($0)" } ?? h
    }

    /// `scheme://host[:port]`, no trailing slash.
    public var url: String { "\(scheme.rawValue)://\(hostHeader)" }

    public var description: String { url }
}
