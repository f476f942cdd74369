import Synchronization

/// Gives freed memory back to the system off the loop's thread. Decoding a page of 1,000 jobs leaves
/// megabytes of freed parse buffers in malloc's arenas, and glibc keeps them: RSS after 50 pages of
/// 1000 stayed ~8 MiB higher (docs/PERFORMANCE.md). A trim runs a moment after pages arrive, once for
/// a burst of them, on a task of its own: the loop never runs it between a key and its frame (though a
/// key that arrives during a trim may wait on malloc's lock until it ends).
final class MemoryTrim: Sendable {
    /// Long enough to take a burst of pages in one trim, short enough to be done before anyone looks.
    static let delay = Duration.milliseconds(300)

    private let scheduled = Atomic<Bool>(false)
    private let clock: any Clock<Duration>
    private let work: BackgroundWork

    init(clock: any Clock<Duration>, work: BackgroundWork) {
        self.clock = clock
        self.work = work
    }

    /// Schedules one trim unless one is already waiting.
    func schedule() {
        guard scheduled.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
        else { return }
        work.start { [self] in
            try? await clock.sleep(for: Self.delay)
            scheduled.store(false, ordering: .releasing)
            Self.returnFreedMemory()
        }
    }

    /// One malloc arena for the threads that decode pages from here on: with one arena per
    /// fetching thread, each kept its own freed megabytes (RSS after 50 pages of 1000: ~3 MiB more).
    static func limitArenas() {
        #if canImport(Glibc)
            _ = glibcMallopt(-8, 1)  // M_ARENA_MAX (malloc.h)
        #endif
    }

    static func returnFreedMemory() {
        #if canImport(Glibc)
            _ = glibcMallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
    /// glibc's `malloc_trim(3)` (declared in <malloc.h>, which the Glibc module does not include).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32

    /// glibc's `mallopt(3)` (also only in <malloc.h>).
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
