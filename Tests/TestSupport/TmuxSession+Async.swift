import Foundation

/// Waiting without blocking a thread. Swift's cooperative pool has one thread per core (two on CI):
/// a test that blocks one while polling a screen starves the in-process emulators and HTTP clients
/// of other suites running at the same time, which then time out. In an async test these
/// overloads are chosen over the blocking ones: they sleep with `Task.sleep` between polls and run each
/// tmux command (a child process they wait for) on a thread of its own.
extension TmuxSession {
    /// Polls the screen until `predicate` holds or `timeoutSeconds` pass; returns the last screen.
    @discardableResult
    public func waitFor(
        timeoutSeconds: Double = 15, _ what: String = "condition", _ predicate: (String) -> Bool
    ) async throws -> String {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var screen = ""
        while Date() < deadline {
            screen = try await OffPool.run { try self.capture() }
            if predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TmuxError.timedOut(what, screen)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    public func waitFor(text: String, timeoutSeconds: Double = 15) async throws -> String {
        try await waitFor(timeoutSeconds: timeoutSeconds, "screen showing \"\(text)\"") { $0.contains(text) }
    }

    /// Waits for the program to exit; returns its status.
    public func waitForExit(timeoutSeconds: Double = 10) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            if let s = try await OffPool.run({ try self.exitStatus() }) { return s }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TmuxError.timedOut("program exit", (try? capture()) ?? "")
    }
}
