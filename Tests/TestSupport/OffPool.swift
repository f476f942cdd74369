import Foundation

/// Runs blocking work (waiting for a child process, polling a tmux screen) on its own thread.
/// The emulator these tests start in-process answers on Swift's cooperative pool, which has one
/// thread per core (two here): blocking those threads while waiting for an answer starves it.
public enum OffPool {
    /// Runs `body` on a new thread and resumes the caller with its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread { continuation.resume(with: Result { try body() }) }
            thread.start()
        }
    }
}
