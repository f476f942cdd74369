import NIOCore
import Synchronization

/// Requests that were told to hang: each waits until its connection closes or the server stops,
/// whichever comes first, so a hanging request never blocks shutdown.
final class HangRegistry: Sendable {
    private struct State {
        var stopped = false
        var nextID = 0
        var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    /// Returns when `channel` closes, the task is cancelled, or `releaseAll()` is called.
    func wait(on channel: any Channel) async {
        let id = state.withLock { s -> Int in
            s.nextID += 1
            return s.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { s -> Bool in
                    if s.stopped || Task.isCancelled { return true }
                    s.waiters[id] = continuation
                    return false
                }
                if resumeNow {
                    continuation.resume()
                    return
                }
                channel.closeFuture.whenComplete { _ in self.release(id) }
            }
        } onCancel: {
            release(id)
        }
    }

    /// Wakes every hanging request and makes later ones return at once.
    func releaseAll() {
        let all = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.stopped = true
            defer { s.waiters = [:] }
            return Array(s.waiters.values)
        }
        for c in all { c.resume() }
    }

    private func release(_ id: Int) {
        let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
        waiter?.resume()
    }
}
