#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a password from the controlling terminal (`/dev/tty`) with echo turned off, so it never
/// shows on screen, in scrollback or in a captured stdout.
public enum PasswordPrompt {
    /// Why no password could be read.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Writes `prompt` to the terminal, reads one line without echo, restores the terminal.
    public static func read(prompt: String) throws -> String {
        let fd = open("/dev/tty", O_RDWR | O_NOCTTY)
        guard fd >= 0 else {
            throw Failure(description: "no terminal to ask for the password: set HUAWEICLOUD_SDK_PASSWORD")
        }
        defer { close(fd) }
        write(fd, prompt)
        var saved = termios()
        let haveAttributes = tcgetattr(fd, &saved) == 0
        if haveAttributes {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ICANON)
            _ = tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        defer {
            if haveAttributes { _ = tcsetattr(fd, TCSAFLUSH, &saved) }
            write(fd, "\n")
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = Glue.read(fd, &byte)
            if n < 0, errno == EINTR { continue }
            guard n == 1 else {
                if bytes.isEmpty { throw Failure(description: "no password entered") }
                break
            }
            if byte == 0x0A || byte == 0x0D { break }
            bytes.append(byte)
            if bytes.count > 4096 { throw Failure(description: "password too long") }
        }
        guard !bytes.isEmpty else { throw Failure(description: "no password entered") }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        _ = Glue.write(fd, &bytes, bytes.count)
    }
}

/// The C calls, named apart from `PasswordPrompt`'s own helpers.
private enum Glue {
    static func read(_ fd: Int32, _ byte: inout UInt8) -> Int {
        withUnsafeMutablePointer(to: &byte) { p in
            #if canImport(Darwin)
                Darwin.read(fd, p, 1)
            #elseif canImport(Glibc)
                Glibc.read(fd, p, 1)
            #else
                Musl.read(fd, p, 1)
            #endif
        }
    }

    static func write(_ fd: Int32, _ bytes: inout [UInt8], _ count: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            #if canImport(Darwin)
                Darwin.write(fd, p.baseAddress, count)
            #elseif canImport(Glibc)
                Glibc.write(fd, p.baseAddress, count)
            #else
                Musl.write(fd, p.baseAddress, count)
            #endif
        }
    }
}
