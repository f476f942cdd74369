import Foundation

/// Waiting on the screen without blocking a thread (see `eventually`): each tmux command (a child process
/// the caller waits for) runs on a thread of its own, and the polls sleep with `Task.sleep`.
extension TmuxSession {
    /// Polls the screen until `predicate` holds or `timeoutSeconds` pass; returns that screen. On timeout
    /// throws `TmuxError.timedOut` with the last screen seen.
    @discardableResult
    public func waitFor(
        timeoutSeconds: Double = 30, _ what: String = "condition", _ predicate: (String) -> Bool
    ) async throws -> String {
        var screen = ""
        do {
            return try await eventually(what, timeout: .seconds(timeoutSeconds)) { () -> String? in
                screen = try await OffPool.run { try self.capture() }
                return predicate(screen) ? screen : nil
            }
        } catch is WaitTimedOut {
            throw TmuxError.timedOut(what, screen)
        }
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    public func waitFor(text: String, timeoutSeconds: Double = 30) async throws -> String {
        try await waitFor(timeoutSeconds: timeoutSeconds, "screen showing \"\(text)\"") { $0.contains(text) }
    }

    /// Waits for the program to exit; returns its status.
    public func waitForExit(timeoutSeconds: Double = 20) async throws -> Int32 {
        do {
            return try await eventually("program exit", timeout: .seconds(timeoutSeconds)) {
                try await OffPool.run { try self.exitStatus() }
            }
        } catch is WaitTimedOut {
            throw TmuxError.timedOut("program exit", (try? await OffPool.run { try self.capture() }) ?? "")
        }
    }

    /// Waits for the exit status a shell wrapper writes to `path` when the program ends (`echo $? > path`);
    /// for a pane that stays open after the program, where `waitForExit` would wait for the shell.
    public func waitForStatusFile(_ path: String, timeoutSeconds: Double = 20) async throws -> Int32 {
        do {
            return try await eventually("program exit (status in \(path))", timeout: .seconds(timeoutSeconds)) {
                (try? String(contentsOfFile: path, encoding: .utf8))
                    .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            }
        } catch is WaitTimedOut {
            throw TmuxError.timedOut("program exit", (try? await OffPool.run { try self.capture() }) ?? "")
        }
    }
}
