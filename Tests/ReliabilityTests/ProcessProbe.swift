import Foundation
import TestSupport

/// What a process holds, read from /proc: its listening TCP ports, whether it still lives.
enum ProcessProbe {
    /// Loopback TCP ports `pid` listens on (its socket inodes matched against /proc/net/tcp{,6}).
    static func listeningPorts(_ pid: pid_t) -> [Int] { listeningSockets(pid).map(\.port) }

    /// True while a listening socket with this inode exists anywhere (a port number may be reused
    /// by another process at once; the inode is this socket's own).
    static func isListening(inode: String) -> Bool {
        ["/proc/net/tcp", "/proc/net/tcp6"].contains { table in
            readProc(table).split(separator: "\n").dropFirst().contains { line in
                let f = line.split(separator: " ")
                return f.count > 9 && f[3] == "0A" && f[9] == inode
            }
        }
    }

    /// The listening sockets of `pid`: port and inode.
    static func listeningSockets(_ pid: pid_t) -> [(port: Int, inode: String)] {
        let fdDir = "/proc/\(pid)/fd"
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: fdDir)) ?? []
        var inodes = Set<String>()
        for fd in fds {
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fdDir)/\(fd)"),
                target.hasPrefix("socket:[")
            {
                inodes.insert(String(target.dropFirst("socket:[".count).dropLast()))
            }
        }
        var ports: [(port: Int, inode: String)] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            let text = readProc(table)
            for line in text.split(separator: "\n").dropFirst() {
                let f = line.split(separator: " ")
                guard f.count > 9, f[3] == "0A", inodes.contains(String(f[9])),
                    let port = f[1].split(separator: ":").last.flatMap({ Int($0, radix: 16) })
                else { continue }
                ports.append((port, String(f[9])))
            }
        }
        return ports
    }

    /// Signal masks and each thread's wait channel, for a failure message.
    static func diagnose(_ pid: pid_t) -> String {
        let status = readProc("/proc/\(pid)/status")
        let masks = status.split(separator: "\n").filter { $0.hasPrefix("Sig") || $0.hasPrefix("State") }
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        let waits = tasks.map { t in
            let wchan = readProc("/proc/\(pid)/task/\(t)/wchan")
            let comm = readProc("/proc/\(pid)/task/\(t)/comm")
            return comm.trimmingCharacters(in: .whitespacesAndNewlines) + ":" + wchan
        }
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
        let targets = fds.compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\($0)")
        }
        return "\(masks.joined(separator: " ")) threads \(waits) fds \(targets)"
    }

    /// A /proc file read to its end: procfs reports size 0, and a read sized by `stat` gets only a part.
    static func readProc(_ path: String) -> String {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True while `pid` exists and is not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        let stat = readProc("/proc/\(pid)/stat")
        guard let close = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }

    /// Waits until none of `pids` is alive; returns the ones still alive at the deadline.
    static func waitForExit(_ pids: [pid_t], timeoutSeconds: Double) async throws -> [pid_t] {
        do {
            try await eventually("processes \(pids) to exit", timeout: .seconds(timeoutSeconds)) {
                !pids.contains(where: isAlive)
            }
        } catch is WaitTimedOut {}
        return pids.filter(isAlive)
    }

    /// True when something accepts a TCP connection on 127.0.0.1:`port`.
    static func accepts(port: Int) -> Bool {
        guard let fd = LoopbackHTTP.connectedSocket(port: port) else { return false }
        close(fd)
        return true
    }
}
