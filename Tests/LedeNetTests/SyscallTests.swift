import CLinux
import Glibc
import LedeNet
import Testing

struct SyscallTests {
    @Test func readOnEmptyNonBlockingSocketIsWouldBlock() throws {
        let pair = SocketPair()
        var byte: UInt8 = 0
        let result = try withUnsafeMutableBytes(of: &byte) { try Posix.read(pair.left, into: $0) }
        #expect(result == .wouldBlock)
    }

    @Test func failuresAreTypedWithCallAndErrno() {
        let pair = SocketPair()
        #expect(throws: SystemError.self) { _ = try syscall("listen") { listen(pair.left, 1) } }
        do {
            _ = try syscall("listen") { listen(pair.left, 1) }
        } catch {
            #expect(error.call == "listen")
            #expect(error.code != 0)
            #expect(error.description.hasPrefix("listen: "))
        }
    }

    @Test func retryingSyscallRetriesEINTR() throws {
        var calls = 0
        let result = try retryingSyscall("fake") { () -> CInt in
            calls += 1
            if calls < 3 {
                errno = EINTR
                return -1
            }
            return 7
        }
        #expect(result == .processed(7))
        #expect(calls == 3)
    }

    @Test func eagainIsReportedAsWouldBlock() throws {
        let result = try retryingSyscall("fake") { () -> CInt in
            errno = EAGAIN
            return -1
        }
        #expect(result == .wouldBlock)
    }

    @Test func eventTokenRoundTrips() {
        for (fd, generation) in [(CInt(0), UInt32(1)), (7, 0x1234_5678), (65535, .max), (CInt.max, 42)] {
            let token = EventToken(descriptor: fd, generation: generation)
            #expect(EventToken(token.raw) == token)
        }
    }

    @Test func eventFDWakesEpoll() throws {
        let epoll = try Epoll(capacity: 1)
        let fd = try EventFD.make()
        defer { Posix.close(fd) }
        try epoll.add(fd, events: Epoll.readable, token: 99)
        var seen: [UInt64] = []
        try epoll.wait(timeoutMilliseconds: 0) { seen.append($0.token) }
        #expect(seen.isEmpty)
        EventFD.signal(fd)
        EventFD.signal(fd)
        try epoll.wait(timeoutMilliseconds: 1000) { seen.append($0.token) }
        #expect(seen == [99])
        #expect(EventFD.drain(fd))
        #expect(!EventFD.drain(fd))
    }

    /// The events buffer starts at one entry and grows; no event may be lost meanwhile.
    @Test func epollReportsEveryReadySocketAcrossBufferGrowth() throws {
        let epoll = try Epoll(capacity: 1)
        let pairs = (0..<5).map { _ in SocketPair() }
        for (index, pair) in pairs.enumerated() {
            try epoll.add(pair.left, events: Epoll.readable, token: UInt64(index))
            _ = Glibc.write(pair.right, "x", 1)
        }
        var seen = Set<UInt64>()
        for _ in 0..<10 where seen.count < 5 {
            try epoll.wait(timeoutMilliseconds: 1000) { seen.insert($0.token) }
        }
        #expect(seen == Set(0..<5))
    }

    @Test func listenerBindsEphemeralPortAndAcceptedSocketsInheritNoDelay() throws {
        let listener = try ListeningSocket.make(host: "127.0.0.1", port: 0, reusePort: false)
        defer { Posix.close(listener.descriptor) }
        #expect(listener.port > 0)
        let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { Glibc.close(client) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(listener.port).bigEndian)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        var accepted: CInt?
        for _ in 0..<100 where accepted == nil {
            if case .processed(let fd) = try Posix.accept(listener.descriptor) { accepted = fd } else { usleep(10_000) }
        }
        let fd = try #require(accepted)
        defer { Posix.close(fd) }
        #expect(try Posix.getOption(fd, level: CInt(IPPROTO_TCP), name: TCP_NODELAY) != 0)
        #expect(fcntl(fd, F_GETFL) & O_NONBLOCK != 0)
        #expect(fcntl(fd, F_GETFD) & FD_CLOEXEC != 0)
        #expect(try Posix.accept(listener.descriptor) == .wouldBlock)
    }

    @Test func reusePortListenersShareOnePort() throws {
        let first = try ListeningSocket.make(host: "127.0.0.1", port: 0, reusePort: true)
        defer { Posix.close(first.descriptor) }
        let second = try ListeningSocket.make(host: "127.0.0.1", port: first.port, reusePort: true)
        defer { Posix.close(second.descriptor) }
        #expect(second.port == first.port)
    }

    @Test func invalidHostIsRejected() {
        #expect(throws: ListeningSocket.InvalidAddress.self) {
            _ = try ListeningSocket.make(host: "not-an-address", port: 0, reusePort: false)
        }
    }

    @Test func fileLimitIsRaisedToTheHardLimit() {
        var limit = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        let raised = Posix.raiseFileLimit()
        #expect(raised >= Int(limit.rlim_cur))
        #expect(Posix.coreCount() >= 1)
    }
}
