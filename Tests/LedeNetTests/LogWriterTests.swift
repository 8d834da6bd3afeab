import Glibc
import LedeNet
import Testing

/// The log writer thread: batches reach the descriptor whole and in order; past the limit
/// they are dropped and counted, never blocking the caller.
@Suite struct LogWriterTests {
    private func readAll(_ fd: CInt) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    @Test func batchesArriveInOrderAndFinishDrainsTheQueue() throws {
        var fds: [CInt] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let writer = try LogWriter(descriptor: fds[1], limitBytes: 1 << 20)
        var expected: [UInt8] = []
        for index in 0..<200 {
            let line = Array("line \(index)\n".utf8)
            expected += line
            writer.enqueue(line)
        }
        writer.finish()
        close(fds[1])
        #expect(readAll(fds[0]) == expected)
        #expect(writer.droppedBytes == 0)
    }

    @Test func batchesPastTheLimitAreDroppedAndCounted() throws {
        var fds: [CInt] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let writer = try LogWriter(descriptor: fds[1], limitBytes: 8)
        writer.enqueue(Array("0123456789\n".utf8))  // 11 bytes: over the limit on its own
        writer.enqueue(Array("ok\n".utf8))
        writer.finish()
        close(fds[1])
        #expect(readAll(fds[0]) == Array("ok\n".utf8))
        #expect(writer.droppedBytes == 11)
    }
}
