import Glibc
import LedeSystem
import Synchronization
import Testing

/// `ParallelThreads` replaced `DispatchQueue.concurrentPerform` in the loader (libdispatch's
/// manager made descriptors late and trapped when a flooded server had none left): every
/// iteration must run exactly once, each on its own thread, and all before it returns.
@Suite struct ParallelThreadsTests {
    @Test(arguments: [0, 1, 2, 3, 8]) func everyIterationRunsOnceOnItsOwnThread(iterations: Int) {
        let seen = Mutex<[Int]>([])
        let threads = Mutex<Set<UInt>>([])
        ParallelThreads.perform(iterations: iterations) { index in
            // Slow enough that the threads overlap: one thread reused for two iterations
            // would show as fewer distinct thread ids.
            usleep(20_000)
            seen.withLock { $0.append(index) }
            threads.withLock { _ = $0.insert(UInt(pthread_self())) }
        }
        #expect(seen.withLock { $0.sorted() } == Array(0..<iterations))
        #expect(threads.withLock { $0.count } == iterations)
    }

    /// Iteration 0 runs on the caller's thread (the loader's own thread does a share of the work).
    @Test func iterationZeroRunsOnTheCaller() {
        let caller = UInt(pthread_self())
        let first = Mutex<UInt?>(nil)
        ParallelThreads.perform(iterations: 2) { index in
            if index == 0 { first.withLock { $0 = UInt(pthread_self()) } }
        }
        #expect(first.withLock { $0 } == caller)
    }
}
