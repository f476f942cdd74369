import Foundation
import ModelArtsEmulator

/// Known fake secrets, and where to look for them: text, files, a folder tree, process command lines.
enum SecretScan {
    static let accessKey = "AKRELFAKE00000000001"
    static let secretKey = "SKrelFakeSecretValue-7f3a9c1e5b2d4f60"
    static let password = "PWrelFake-Passw0rd-91ce"
    static let securityToken = "STrelFakeSecurityToken-4d2b8e"
    /// The emulator's tokens all start so; no token value may be shown anywhere.
    static let tokenPrefix = "MIIEmulatorToken"
    /// Parts of an Authorization header value.
    static let authorizationMarks = ["SDK-HMAC-SHA256", "Signature=", "SignedHeaders="]

    static let identity = EmulatorIdentity(
        projectID: "0123456789abcdef0123456789abcdef", accessKey: accessKey, secretKey: secretKey,
        userName: "rel-user", password: password, domainName: "rel-domain")

    static var needles: [String] { [secretKey, password, securityToken, tokenPrefix] + authorizationMarks }

    /// The needles found in `text`, labelled with `place`.
    static func leaks(in text: String, place: String) -> [String] {
        needles.filter { text.contains($0) }.map { "\(place) holds \($0.prefix(6))…" }
    }

    /// Leaks in every regular file under `root` except the ones meant to hold secrets.
    static func leaks(under root: String, except allowed: Set<String>) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        for case let relative as String in walker where !allowed.contains(relative) {
            let path = root + "/" + relative
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            found += leaks(in: String(decoding: data, as: UTF8.self), place: relative)
        }
        return found
    }

    /// `pid` and all its descendants (from /proc).
    static func processTree(_ pid: pid_t) -> [pid_t] {
        var children: [pid_t: [pid_t]] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let p = pid_t(entry) else { continue }
            let stat = ProcessProbe.readProc("/proc/\(entry)/stat")
            guard let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = pid_t(fields[1]) { children[parent, default: []].append(p) }
        }
        var out: [pid_t] = []
        var queue = [pid]
        while let p = queue.popLast() {
            out.append(p)
            queue += children[p] ?? []
        }
        return out
    }

    /// The command line of `pid`, arguments joined by spaces.
    static func commandLine(_ pid: pid_t) -> String {
        ProcessProbe.readProc("/proc/\(pid)/cmdline").replacingOccurrences(of: "\0", with: " ")
    }
}
