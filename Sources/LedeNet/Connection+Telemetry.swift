import LedeHTTP
import LedeTelemetry

/// Access records, request ids and the active-request gauge, for servers configured with
/// `ServerTelemetry`. Without it (`loop.observer == nil`) none of this runs.
extension Connection {
    /// The client's `X-Request-Id` when well-formed (it ties a client's or a proxy's logs to
    /// ours), otherwise a fresh one.
    func requestID(for request: HTTPRequest) -> String {
        if let given = request.headers["X-Request-Id"], RequestID.isWellFormed(given) { return given }
        return loop.requestIDs.makeID()
    }

    /// The first byte of a request arrived (the read that brought it was timed).
    func startRequestTelemetry() {
        guard let metrics = loop.metrics else { return }
        requestStartNanoseconds = arrivalNanoseconds
        countedActive = true
        metrics.activeRequests.add()
    }

    /// Records a response just queued (the duration ends here, not when it is written).
    func observe(_ request: HTTPRequest, _ response: HTTPResponse, requestID: String) {
        let code = response.status.code
        let sent = request.method != .head && code >= 200 && code != 204 && code != 304 ? response.body.count : 0
        observe(
            method: request.method.description, route: response.route, target: request.target, status: code,
            bodyBytes: sent, requestID: requestID, userAgent: request.headers["User-Agent"])
    }

    private func observe(
        method: String, route: String?, target: String, status: Int, bodyBytes: Int, requestID: String, userAgent: String?
    ) {
        if countedActive {
            countedActive = false
            loop.metrics?.activeRequests.add(-1)
        }
        if clientAddress == nil { clientAddress = Posix.peerAddress(descriptor) }
        let duration = Int(Posix.monotonicNanoseconds() - requestStartNanoseconds)
        loop.observer?.finished(
            AccessRecord(
                method: method, route: route, target: target, status: status, responseBodyBytes: bodyBytes,
                durationNanoseconds: max(0, duration), clientAddress: clientAddress ?? "-", requestID: requestID,
                userAgent: userAgent))
    }

    /// Answers a request the parser refused (or one that timed out) with `response`, with
    /// a fresh `X-Request-Id`, and logs it without a method or target (never fully read).
    func failObserved(_ response: HTTPResponse) {
        guard loop.observer != nil else {
            fail(with: response)
            return
        }
        var response = response
        let requestID = loop.requestIDs.makeID()
        response.headers.add(name: "X-Request-Id", value: requestID)
        fail(with: response)
        if !countedActive { requestStartNanoseconds = Posix.monotonicNanoseconds() }
        observe(
            method: "_OTHER", route: nil, target: "", status: response.status.code, bodyBytes: response.body.count,
            requestID: requestID, userAgent: nil)
    }

    /// The connection closed mid-request: it no longer counts as active.
    func abandonRequest() {
        guard countedActive else { return }
        countedActive = false
        loop.metrics?.activeRequests.add(-1)
    }
}
