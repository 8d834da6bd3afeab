import Glibc
import LedeNet
import Testing

struct TransportTests {
    @Test func plainTransportReadsWritesAndReportsReadiness() throws {
        let pair = SocketPair()
        let transport = PlainTransport(descriptor: pair.release(pair.left))
        #expect(transport.isEstablished)
        #expect(try transport.handshake() == .processed(0))
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(try buffer.withUnsafeMutableBytes { try transport.read(into: $0) } == .wouldBlock(.readable))

        #expect(try write(transport, [Array("head ".utf8), Array("body".utf8)]) == .processed(9))
        #expect(readAll(pair.right) == Array("head body".utf8))

        _ = Glibc.write(pair.right, "abc", 3)
        #expect(try buffer.withUnsafeMutableBytes { try transport.read(into: $0) } == .processed(3))
        #expect(Array(buffer[..<3]) == Array("abc".utf8))
        transport.close()
    }

    @Test func peerCloseIsClosedNotAnError() throws {
        let pair = SocketPair()
        let transport = PlainTransport(descriptor: pair.release(pair.left))
        pair.close(pair.right)
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(try buffer.withUnsafeMutableBytes { try transport.read(into: $0) } == .closed)
        // Writing to a closed peer: EPIPE reported as .closed, and no SIGPIPE kills us.
        #expect(try write(transport, [Array("x".utf8)]) == .closed)
        transport.close()
    }

    /// A descriptor handed to a transport is closed once, by the transport: the pair must not
    /// close its number again, which by then is usually another descriptor's (the kernel hands
    /// out the lowest free number).
    @Test func aDescriptorHandedToATransportIsClosedOnce() throws {
        var other: [CInt] = [-1, -1]
        do {
            let pair = SocketPair()
            let transport = PlainTransport(descriptor: pair.release(pair.left))
            transport.close()
            try #require(pipe(&other) == 0)
        }
        defer { for fd in other { Glibc.close(fd) } }
        #expect(fcntl(other[0], F_GETFD) != -1, "a descriptor opened after the transport closed was closed by the pair")
    }

    /// A full send buffer gives a partial write, then `.wouldBlock(.writable)`.
    @Test func partialWritesThenWouldBlock() throws {
        let pair = SocketPair()
        try Posix.setOption(pair.left, level: SOL_SOCKET, name: SO_SNDBUF, value: 4096)
        let transport = PlainTransport(descriptor: pair.release(pair.left))
        let big = [UInt8](repeating: 7, count: 4 * 1024 * 1024)
        var total = 0
        var blocked = false
        for _ in 0..<1000 {
            switch try write(transport, [big]) {
            case .processed(let count):
                #expect(count < big.count)
                total += count
            case .wouldBlock(let interest):
                #expect(interest == .writable)
                blocked = true
            case .closed:
                Issue.record("unexpected close")
            }
            if blocked { break }
        }
        #expect(blocked)
        #expect(total > 0)
        #expect(readAll(pair.right).count == total)
        transport.close()
    }
}
