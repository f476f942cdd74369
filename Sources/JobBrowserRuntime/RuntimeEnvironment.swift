import Foundation

/// What the runtime reads from the world besides the terminal and the API, as values: tests pass a
/// clock they advance by hand and a directory of their own, so whole sessions run in milliseconds.
public struct RuntimeEnvironment: Sendable {
    /// Times the debounce and the memory trim. The loop's sleep is the waiter's (a test's fake waiter measures
    /// it on this clock too); its deadline comes from `nowMS`.
    public var clock: any Clock<Duration>
    /// The wall-clock time in epoch milliseconds (the reducer's `now`: ages, auto-refresh, file names).
    public var nowMS: @Sendable () -> Int64
    /// Where exports are written: `$MAJOBS_EXPORT_DIR`, else the current directory.
    public var exportDirectory: String
    /// The hidden crash trigger (`MAJOBS_DEBUG_CRASH_KEY`), if set.
    public var debugCrashKey: Character?
    /// Counts the work the runtime has running in the background (fetches, exports, debounces).
    public var work: BackgroundWork

    public init(
        clock: any Clock<Duration>, nowMS: @escaping @Sendable () -> Int64, exportDirectory: String,
        debugCrashKey: Character? = nil, work: BackgroundWork = BackgroundWork()
    ) {
        self.clock = clock
        self.nowMS = nowMS
        self.exportDirectory = exportDirectory
        self.debugCrashKey = debugCrashKey
        self.work = work
    }

    /// The process's: the continuous clock, the system time and the environment variables.
    public static func process(_ variables: [String: String] = ProcessInfo.processInfo.environment)
        -> RuntimeEnvironment
    {
        RuntimeEnvironment(
            clock: ContinuousClock(), nowMS: { Int64(Date().timeIntervalSince1970 * 1000) },
            exportDirectory: variables["MAJOBS_EXPORT_DIR"].flatMap { $0.isEmpty ? nil : $0 }
                ?? FileManager.default.currentDirectoryPath,
            debugCrashKey: DebugCrash.key(in: variables))
    }
}
