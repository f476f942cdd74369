import Synchronization

/// The tasks the runtime has started and that have not finished yet. Each one posts its result to
/// the mailbox before it counts as finished, so "nothing running and the loop asleep" means settled:
/// what a test waits for before it looks at the screen.
public final class BackgroundWork: Sendable {
    private let count = Atomic<Int>(0)

    public init() {}

    /// How many started tasks have not finished.
    public var running: Int { count.load(ordering: .acquiring) }

    /// Starts `body` as a detached task that is counted until it returns.
    @discardableResult
    func start(_ body: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        count.add(1, ordering: .releasing)
        return Task.detached { [self] in
            await body()
            count.subtract(1, ordering: .releasing)
        }
    }
}
