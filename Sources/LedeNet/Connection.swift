import CLinux
import Glibc
import LedeHTTP
import LedeTelemetry
import Logging

/// One HTTP/1.1 connection: read → parse → respond → write, on its loop thread only.
///
/// Requests are answered strictly in order; every response produced from one read batch
/// (pipelining) is flushed with one write. Output that the peer does not take is kept and
/// resumed on EPOLLOUT; past `maxPendingWriteBytes` the connection stops reading (and
/// parsing already-buffered requests) until the backlog drains, so a client that never
/// reads costs at most one response plus that bound.
final class Connection {
    /// Strong on purpose: an `unowned` reference costs an atomic retain/release on every
    /// access, many times per request. The cycle (the loop's table holds the connection) is
    /// broken by `EventLoop.close`, which every connection reaches, at the latest when its
    /// loop exits.
    let loop: EventLoop
    private let maxPendingWriteBytes: Int
    let transport: any ConnectionTransport
    let descriptor: CInt
    let generation: UInt32
    private var parser: HTTPRequestParser

    /// Unconsumed request bytes left over from earlier reads (usually empty: most reads
    /// are parsed straight from the loop's read buffer).
    private var inbound: [UInt8] = []
    /// Bytes of the next request have arrived.
    private var requestStarted = false
    /// The head of the current request is complete (its blank line seen); selects the body
    /// timeout over the header timeout. Found by a resumable scan, not by re-parsing.
    private var headComplete = false
    private var headScanFrom = 0
    private var sentContinue = false

    private var output = OutboundBuffer()

    /// Close once everything queued has been written (error, `Connection: close`, drain).
    private var closeAfterFlush = false
    /// Output is shut down; reading and discarding until the peer closes.
    private(set) var isLingering = false
    private var peerClosed = false
    private(set) var isClosed = false
    /// The transport reported `.wouldBlock(.writable)` on the last write.
    private var writeBlocked = false
    /// TLS: a read needs EPOLLOUT, or a write needs EPOLLIN, before it can be retried.
    private var readWaitsForWritable = false
    private var writeWaitsForReadable = false
    private var wroteSinceTimer = false
    /// A request completed since the timeout was last set: the next one (idle or header)
    /// counts from now, not from when the previous phase began.
    private var finishedSinceTimer = false
    private var readBodyBytes = false
    /// Events currently registered with epoll.
    var interest: UInt32 = Epoll.readable

    // Telemetry (only with an observer; see Connection+Telemetry.swift): when the current
    // request's first byte arrived, whether it counts in `http_server_active_requests`, and
    // the peer, looked up once.
    var requestStartNanoseconds: Int64 = 0
    var countedActive = false
    var arrivalNanoseconds: Int64 = 0
    var clientAddress: String?

    init(loop: EventLoop, transport: any ConnectionTransport, generation: UInt32, limits: HTTPLimits) {
        self.loop = loop
        self.transport = transport
        self.descriptor = transport.descriptor
        self.generation = generation
        self.parser = HTTPRequestParser(limits: limits)
        self.maxPendingWriteBytes = loop.maxPendingWriteBytes
    }

    var token: UInt64 { EventToken(descriptor: descriptor, generation: generation).raw }
    var pendingBytes: Int { output.pendingBytes }
    /// Nothing half-received and nothing unsent: safe to close when draining.
    var isIdle: Bool { !requestStarted && pendingBytes == 0 && transport.isEstablished }

    // MARK: Events

    func handle(_ event: Epoll.Event) {
        if !transport.isEstablished {
            continueHandshake()
        } else {
            if event.isWritable || (writeWaitsForReadable && event.isReadable) {
                guard flush() else { return }
                resumeIfDrained()
                closeIfPeerIsDone()
                if isClosed { return }
            }
            if event.isReadable || (readWaitsForWritable && event.isWritable) {
                readAvailable()
            }
        }
        if !isClosed { settle() }
    }

    /// Called by the loop for transports holding decoded input epoll cannot see.
    func readBuffered() {
        readAvailable()
        if !isClosed { settle() }
    }

    private func continueHandshake() {
        do {
            switch try transport.handshake() {
            case .processed:
                readAvailable()
            case .wouldBlock(let wanted):
                readWaitsForWritable = wanted == .writable
            case .closed:
                loop.close(self)
            }
        } catch {
            loop.logger.debug("handshake failed", metadata: ["error": "\(error)"])
            loop.close(self)
        }
    }

    private func readAvailable() {
        var reads = 0
        while !isClosed, !peerClosed, isLingering || (!closeAfterFlush && pendingBytes <= maxPendingWriteBytes) {
            let result: TransportResult
            do {
                result = try transport.read(into: UnsafeMutableRawBufferPointer(loop.readBuffer))
            } catch {
                loop.logger.debug("read failed", metadata: ["error": "\(error)"])
                loop.close(self)
                return
            }
            switch result {
            case .processed(let count):
                readWaitsForWritable = false
                reads += 1
                loop.bytesIn += count
                if !isLingering {
                    receive(UnsafeBufferPointer(rebasing: loop.readBuffer[0..<count]))
                }
                // A short read drained the socket: level-triggered epoll reports new bytes.
                if count < loop.readBuffer.count && !transport.hasBufferedInput { break }
                // Fairness: bounded work per wake-up; epoll re-reports a socket with bytes
                // left, but not bytes a TLS session holds, so those are revisited explicitly.
                if reads >= 4 {
                    if transport.hasBufferedInput { loop.readAgain(self) }
                    break
                }
                continue
            case .wouldBlock(let wanted):
                readWaitsForWritable = wanted == .writable
            case .closed:
                peerClosed = true
            }
            break
        }
        guard !isClosed else { return }
        if isLingering {
            if peerClosed { loop.close(self) }
            return
        }
        guard flush() else { return }
        resumeIfDrained()
        closeIfPeerIsDone()
    }

    /// The client half-closed: once everything it sent is answered and written, close; a
    /// partial request left in the buffer can never complete.
    private func closeIfPeerIsDone() {
        if peerClosed, !isClosed, pendingBytes == 0 { loop.close(self) }
    }

    // MARK: Parsing and responding

    private func receive(_ bytes: UnsafeBufferPointer<UInt8>) {
        if loop.observer != nil { arrivalNanoseconds = Posix.monotonicNanoseconds() }
        if !headComplete { readBodyBytes = false } else { readBodyBytes = true }
        if inbound.isEmpty {
            let consumed = process(bytes.span)
            if consumed < bytes.count { inbound.append(contentsOf: bytes[consumed...]) }
        } else {
            inbound.append(contentsOf: bytes)
            processInbound()
        }
    }

    private func processInbound() {
        let consumed = process(inbound.span)
        inbound.removeFirst(consumed)
        if inbound.isEmpty && inbound.capacity > OutboundBuffer.retainedCapacity { inbound = [] }
    }

    /// Parses and answers every complete request in `bytes`; returns the bytes consumed.
    private func process(_ bytes: Span<UInt8>) -> Int {
        var offset = 0
        while offset < bytes.count, !closeAfterFlush, pendingBytes <= maxPendingWriteBytes {
            let remaining = bytes.extracting(offset...)
            if !requestStarted {
                requestStarted = true
                startRequestTelemetry()
            }
            if !headComplete { scanForEndOfHead(remaining) }
            let (result, consumed) = parser.parse(remaining)
            offset += consumed
            headScanFrom = max(0, headScanFrom - consumed)
            switch result {
            case .needMoreData:
                return offset
            case .expectContinue:
                headComplete = true
                // Asked once per request; a repeat with nothing new means "wait for the body".
                guard !sentContinue else { return offset }
                sentContinue = true
                output.append(HTTPResponseHead.continueBytes)
            case .request(let request):
                requestFinished()
                respond(to: request)
            case .failure(let error):
                requestFinished()
                failObserved(error.response)
                return offset
            }
        }
        return offset
    }

    /// Looks for the blank line ending the head in bytes not scanned yet (LF [CR] LF, so a
    /// bare-LF head counts too). Only decides which timeout applies.
    private func scanForEndOfHead(_ bytes: Span<UInt8>) {
        var index = max(0, headScanFrom - 2)
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    headComplete = true
                    break
                }
                if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A {
                    headComplete = true
                    break
                }
            }
            index += 1
        }
        headScanFrom = bytes.count
    }

    private func requestFinished() {
        finishedSinceTimer = true
        requestStarted = false
        headComplete = false
        headScanFrom = 0
        sentContinue = false
    }

    private func respond(to request: HTTPRequest) {
        var response = loop.responder.respond(to: request)
        var requestID = ""
        if loop.observer != nil {
            requestID = self.requestID(for: request)
            response.headers.add(name: "X-Request-Id", value: requestID)
        }
        let keepAlive = request.keepAlive && !loop.isDraining
        HTTPResponseHead.write(response, version: request.version, keepAlive: keepAlive, date: loop.date, into: &output.tail)
        let code = response.status.code
        // RFC 9110 §9.3.2, §15.2, §15.3.5, §15.4.5: no content for HEAD, 1xx, 204, 304.
        if request.method != .head, code >= 200, code != 204, code != 304, !response.body.isEmpty {
            output.append(body: response.body)
        }
        if !keepAlive { closeAfterFlush = true }
        if loop.observer != nil { observe(request, response, requestID: requestID) }
    }

    /// Answers with a problem document and `Connection: close`; framing is in doubt.
    func fail(with response: HTTPResponse) {
        HTTPResponseHead.write(response, version: .http1_1, keepAlive: false, date: loop.date, into: &output.tail)
        output.append(body: response.body)
        closeAfterFlush = true
    }

    // MARK: Writing

    /// Writes as much as the peer takes. Returns false when the connection was closed.
    @discardableResult
    func flush() -> Bool {
        while pendingBytes > 0 {
            let result: TransportResult
            do {
                result = try writeSome()
            } catch {
                loop.logger.debug("write failed", metadata: ["error": "\(error)"])
                loop.close(self)
                return false
            }
            switch result {
            case .processed(let count):
                output.advance(by: count)
                loop.bytesOut += count
                wroteSinceTimer = true
                continue
            case .wouldBlock(let wanted):
                writeBlocked = wanted == .writable
                writeWaitsForReadable = wanted == .readable
            case .closed:
                loop.close(self)
                return false
            }
            break
        }
        guard pendingBytes == 0 else { return true }
        writeBlocked = false
        writeWaitsForReadable = false
        if closeAfterFlush && !isLingering {
            startLingering()
            return !isClosed
        }
        return true
    }

    private func writeSome() throws(TransportError) -> TransportResult {
        let transport = self.transport
        let result = output.withVectors(loop.vectors) { vectors -> Result<TransportResult, TransportError> in
            do throws(TransportError) {
                return .success(try transport.write(vectors))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Answers requests held back by backpressure once the backlog is under the bound
    /// again. Needed even without new input: those bytes are already out of the socket, so
    /// epoll will not report them.
    private func resumeIfDrained() {
        while !isClosed, !closeAfterFlush, !inbound.isEmpty, pendingBytes <= maxPendingWriteBytes {
            let before = inbound.count
            processInbound()
            guard flush() else { return }
            if inbound.count == before { return }  // an incomplete request: wait for bytes
        }
    }

    private func startLingering() {
        isLingering = true
        transport.shutdownOutput()
        if peerClosed { loop.close(self) }
    }

    // MARK: Interest, timers, timeouts, draining

    /// Brings epoll interest and the connection's timeout in line with its state.
    private func settle() {
        if loop.isDraining && isIdle && !closeAfterFlush {
            loop.close(self)
            return
        }
        let canRead = isLingering || (!closeAfterFlush && !peerClosed && pendingBytes <= maxPendingWriteBytes)
        var wanted: UInt32 = 0
        if canRead || writeWaitsForReadable { wanted |= Epoll.readable }
        if (pendingBytes > 0 && writeBlocked) || readWaitsForWritable { wanted |= Epoll.writable }
        if wanted != interest {
            interest = wanted
            loop.updateInterest(self)
        }
        let kind: TimeoutKind
        var restart = false
        if isLingering {
            kind = .linger
        } else if pendingBytes > 0 {
            kind = .write
            restart = wroteSinceTimer
        } else if !transport.isEstablished || (requestStarted && !headComplete) {
            kind = .header
        } else if requestStarted {
            kind = .body
            restart = readBodyBytes
        } else {
            kind = .idle
        }
        restart = restart || finishedSinceTimer
        wroteSinceTimer = false
        readBodyBytes = false
        finishedSinceTimer = false
        loop.setTimeout(self, kind, restart: restart)
    }

    func timedOut(_ kind: TimeoutKind) {
        switch kind {
        case .header where requestStarted, .body:
            loop.logger.debug("request timed out", metadata: ["timeout": "\(kind)"])
            failObserved(Problem(status: 408, title: "Request Timeout", detail: "The request did not arrive in time.").response)
            if flush() { settle() }
        case .header, .idle, .write, .linger:
            loop.close(self)
        }
    }

    /// Shutdown began: idle connections close now; busy ones finish (their responses get
    /// `Connection: close`) and close after flushing.
    func beginDrain() {
        if isIdle && !isLingering { loop.close(self) }
    }

    func markClosed() {
        isClosed = true
        abandonRequest()
    }
}
