import Glibc

/// A failed system call: which call, and the `errno` it left.
package struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `errno` at the time of failure.
    package let code: CInt
    /// The name of the call, for logs (`"accept4"`, `"epoll_ctl"`).
    package let call: String

    package init(code: CInt, call: String) {
        self.code = code
        self.call = call
    }

    package var description: String {
        "\(call): \(String(cString: strerror(code))) (\(code))"
    }
}

/// The outcome of a non-blocking call: done, or the kernel had nothing to give/take now.
package enum IOResult<Value> {
    case processed(Value)
    case wouldBlock
}

extension IOResult: Sendable where Value: Sendable {}
extension IOResult: Equatable where Value: Equatable {}

/// The one place that applies the errno policy to every system call.
///
/// - `EINTR` is retried: with all signals blocked on loop threads it is rare, but a
///   debugger or `SIGSTOP`/`SIGCONT` can still interrupt a call.
/// - `EAGAIN`/`EWOULDBLOCK` become `.wouldBlock`, so callers never look at `errno`.
/// - `EBADF`/`EFAULT` mean our fd ownership or buffer handling is broken: crash loudly
///   rather than act on someone else's descriptor (NIO does the same).
/// - Anything else is a typed `SystemError`.
@inline(__always)
package func retryingSyscall<T: FixedWidthInteger>(
    _ call: String, _ body: () -> T
) throws(SystemError) -> IOResult<T> {
    while true {
        let result = body()
        if result != -1 { return .processed(result) }
        let code = errno
        switch code {
        case EINTR:
            continue
        case EAGAIN, EWOULDBLOCK:
            return .wouldBlock
        case EBADF, EFAULT:
            preconditionFailure("\(call) failed with a programmer error: errno \(code)")
        default:
            throw SystemError(code: code, call: call)
        }
    }
}

/// Like `retryingSyscall`, for calls that may not report `EAGAIN` (blocking fds, setup calls).
@inline(__always)
package func syscall<T: FixedWidthInteger>(_ call: String, _ body: () -> T) throws(SystemError) -> T {
    switch try retryingSyscall(call, body) {
    case .processed(let value): return value
    case .wouldBlock: throw SystemError(code: EAGAIN, call: call)
    }
}
