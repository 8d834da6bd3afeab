import Glibc

/// Runs a loop's iterations on that many threads at once, as `DispatchQueue.concurrentPerform`
/// did for the corpus loader, with plain pthreads.
///
/// Why not Dispatch: libdispatch's first use of its global queues on Linux starts a manager
/// thread that creates an epoll, an eventfd and a timerfd *asynchronously*, and traps (SIGILL,
/// exit status 132, no message) when the process is out of descriptors by then. `lede serve`
/// listens before it loads, so a client flood right after "ready" could take the last
/// descriptors first and kill the server: an end-to-end test that floods a server limited to 48
/// descriptors saw exactly that in a loaded CI run, and `prlimit --nofile=12` reproduced it
/// every time. Threads need no descriptors.
package enum ParallelThreads {
    /// One iteration handed to a new thread.
    private final class Work: Sendable {
        let index: Int
        let body: @Sendable (Int) -> Void
        init(index: Int, body: @escaping @Sendable (Int) -> Void) {
            self.index = index
            self.body = body
        }
    }

    /// Calls `body(i)` for every `i` in `0..<iterations`, each on its own thread (iteration 0 on
    /// the calling thread), and returns when all have returned. An iteration whose thread cannot
    /// be created runs on the calling thread instead.
    package static func perform(iterations: Int, _ body: @Sendable (Int) -> Void) {
        guard iterations > 1 else {
            if iterations == 1 { body(0) }
            return
        }
        // Every thread is joined before this returns, so `body` never outlives the call.
        withoutActuallyEscaping(body) { body in
            var threads: [pthread_t] = []
            var inline: [Int] = []
            for index in 1..<iterations {
                let box = Unmanaged.passRetained(Work(index: index, body: body)).toOpaque()
                var thread = pthread_t()
                let result = pthread_create(&thread, nil, { argument in
                    let work = Unmanaged<Work>.fromOpaque(argument!).takeRetainedValue()
                    work.body(work.index)
                    return nil
                }, box)
                if result == 0 {
                    threads.append(thread)
                } else {
                    Unmanaged<Work>.fromOpaque(box).release()
                    inline.append(index)
                }
            }
            body(0)
            for index in inline { body(index) }
            for thread in threads { _ = pthread_join(thread, nil) }
        }
    }
}
