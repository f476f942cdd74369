import Synchronization

/// The IAM tokens the emulator issued, with their expiry and project scope.
final class TokenStore: Sendable {
    struct Entry: Sendable {
        var expiresAtMS: Int64
        var projectID: String?
    }

    enum Lookup: Equatable {
        case valid(projectID: String?)
        case unknown
        case expired
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// Issues a fresh, unguessable token (tokens need no determinism: nothing golden depends on them).
    func issue(expiresAtMS: Int64, projectID: String?) -> String {
        var rng = SystemRandomNumberGenerator()
        var token = "MIIEmulatorToken-"
        for _ in 0..<6 {
            token += String(rng.next() as UInt64, radix: 16).leftPadded(to: 16)
        }
        entries.withLock { $0[token] = Entry(expiresAtMS: expiresAtMS, projectID: projectID) }
        return token
    }

    func lookup(_ token: String, nowMS: Int64) -> Lookup {
        guard let entry = entries.withLock({ $0[token] }) else { return .unknown }
        return nowMS < entry.expiresAtMS ? .valid(projectID: entry.projectID) : .expired
    }
}
