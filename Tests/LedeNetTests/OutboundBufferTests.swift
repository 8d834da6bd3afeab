import CLinux
import Glibc
import LedeNet
import Testing

struct OutboundBufferTests {
    /// What the next write would send, as bytes.
    private func nextWrite(_ buffer: OutboundBuffer) -> [[UInt8]] {
        let vectors = UnsafeMutableBufferPointer<iovec>.allocate(capacity: 2)
        defer { vectors.deallocate() }
        return buffer.withVectors(vectors) { iov in
            iov.map { Array(UnsafeRawBufferPointer(start: $0.iov_base, count: $0.iov_len)) }
        }
    }

    /// Drains the buffer the way a connection does, `step` bytes per write.
    private func drain(_ buffer: inout OutboundBuffer, step: Int) -> [UInt8] {
        var sent: [UInt8] = []
        while !buffer.isEmpty {
            let bytes = nextWrite(buffer).joined()
            let count = min(step, bytes.count)
            sent += bytes.prefix(count)
            buffer.advance(by: count)
        }
        return sent
    }

    @Test func smallResponsesCoalesceIntoOneVector() {
        var buffer = OutboundBuffer()
        buffer.tail += Array("HEAD1 ".utf8)
        buffer.append(body: Array("body1 ".utf8))
        buffer.tail += Array("HEAD2 ".utf8)
        buffer.append(body: Array("body2".utf8))
        #expect(buffer.pendingBytes == 23)
        #expect(nextWrite(buffer) == [Array("HEAD1 body1 HEAD2 body2".utf8)])
    }

    @Test func largeBodyGoesAsSecondVectorWithoutCopy() {
        var buffer = OutboundBuffer()
        let big = [UInt8](repeating: 9, count: OutboundBuffer.copyThreshold + 1)
        buffer.tail += Array("HEAD ".utf8)
        buffer.append(body: big)
        buffer.tail += Array("NEXT".utf8)
        let first = nextWrite(buffer)
        #expect(first.count == 2)
        #expect(first[0] == Array("HEAD ".utf8))
        #expect(first[1] == big)
        #expect(buffer.pendingBytes == 5 + big.count + 4)
    }

    /// Every partial-write size gives back exactly the bytes appended, in order.
    @Test(arguments: [1, 3, 7, 4096, 20_000, 1 << 20])
    func partialWritesPreserveOrder(step: Int) {
        var buffer = OutboundBuffer()
        var expected: [UInt8] = []
        for index in 0..<6 {
            let head = Array("H\(index):".utf8)
            let body = [UInt8](repeating: UInt8(index), count: index.isMultiple(of: 2) ? 10 : 20_000)
            buffer.tail += head
            buffer.append(body: body)
            expected += head + body
            if index == 2 {  // appending while a write is in progress
                let sent = nextWrite(buffer).joined().prefix(min(step, 5))
                buffer.advance(by: sent.count)
                expected.removeFirst(sent.count)
            }
        }
        #expect(drain(&buffer, step: step) == expected)
        #expect(buffer.pendingBytes == 0)
    }

    @Test func drainedBufferReleasesLargeCapacity() {
        var buffer = OutboundBuffer()
        buffer.tail += [UInt8](repeating: 1, count: OutboundBuffer.retainedCapacity * 2)
        buffer.advance(by: buffer.pendingBytes)
        #expect(buffer.tail.capacity <= OutboundBuffer.retainedCapacity)
        buffer.tail += [1, 2, 3]
        #expect(nextWrite(buffer) == [[1, 2, 3]])
    }
}
