import CLinux
import Glibc

/// Starts and joins the pthreads that run event loops.
///
/// The `@convention(c)` start routine is written here, in a library function, on purpose:
/// the same closure literal in the executable's top-level code or `@main` would inherit
/// `@MainActor` and trap on the new thread (see ENGINEERING.md, the `@MainActor` trap).
package enum LoopThread {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Spawns a named thread running `body`; the name is cut to Linux's 15 bytes. A
    /// `detached` thread is never joined (its resources go when it ends).
    @discardableResult
    package static func spawn(
        name: String, detached: Bool = false, _ body: @escaping @Sendable () -> Void
    ) throws(SystemError) -> pthread_t {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { argument in
            let body = Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue()
            body.run()
            return nil
        }, box)
        guard result == 0 else {
            Unmanaged<Body>.fromOpaque(box).release()
            throw SystemError(code: result, call: "pthread_create")
        }
        _ = pthread_setname_np(thread, String(name.utf8.prefix(15)) ?? "lede-loop")
        if detached { _ = pthread_detach(thread) }
        return thread
    }

    /// Waits for the thread to end.
    package static func join(_ thread: pthread_t) {
        _ = pthread_join(thread, nil)
    }
}
