import CLinux
import Glibc
import LedeNet

/// A connected pair of non-blocking Unix stream sockets, closed on deinit.
final class SocketPair {
    let left: CInt
    let right: CInt
    private var closed: Set<CInt> = []

    init() {
        var fds: [CInt] = [0, 0]
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        precondition(socketpair(AF_UNIX, type, 0, &fds) == 0)
        left = fds[0]
        right = fds[1]
    }

    func close(_ fd: CInt) {
        if closed.insert(fd).inserted { Glibc.close(fd) }
    }

    /// Hands `fd` to a new owner (a transport), which closes it; the pair then never does. A
    /// second close of a number the owner already closed would close whatever socket another
    /// test running at the same time was given that number (seen as "recv: Bad file
    /// descriptor" in the TLS transport tests).
    func release(_ fd: CInt) -> CInt {
        closed.insert(fd)
        return fd
    }

    deinit {
        close(left)
        close(right)
    }
}

func readAll(_ fd: CInt) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count <= 0 { return result }
        result += chunk[..<count]
    }
}

/// Writes through a transport with one iovec per element of `parts`.
func write(_ transport: any ConnectionTransport, _ parts: [[UInt8]]) throws(TransportError) -> TransportResult {
    let vectors = UnsafeMutableBufferPointer<iovec>.allocate(capacity: parts.count)
    defer { vectors.deallocate() }
    let storage = parts.map { part -> UnsafeMutableRawBufferPointer in
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(part.count, 1), alignment: 1)
        copy.copyBytes(from: part)
        return copy
    }
    defer { storage.forEach { $0.deallocate() } }
    for (index, part) in parts.enumerated() {
        vectors[index] = iovec(iov_base: storage[index].baseAddress, iov_len: part.count)
    }
    return try transport.write(UnsafeBufferPointer(vectors))
}
