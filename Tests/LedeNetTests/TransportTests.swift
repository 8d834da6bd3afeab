import Glibc
import LedeNet
import Testing

struct TransportTests {
    @Test func plainTransportReadsWritesAndReportsReadiness() throws {
        let pair = SocketPair()
        let transport = PlainTransport(descriptor: pair.left)
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
        let transport = PlainTransport(descriptor: pair.left)
        pair.close(pair.right)
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(try buffer.withUnsafeMutableBytes { try transport.read(into: $0) } == .closed)
        // Writing to a closed peer: EPIPE reported as .closed, and no SIGPIPE kills us.
        #expect(try write(transport, [Array("x".utf8)]) == .closed)
        transport.close()
    }

    /// A full send buffer gives a partial write, then `.wouldBlock(.writable)`.
    @Test func partialWritesThenWouldBlock() throws {
        let pair = SocketPair()
        try Posix.setOption(pair.left, level: SOL_SOCKET, name: SO_SNDBUF, value: 4096)
        let transport = PlainTransport(descriptor: pair.left)
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
