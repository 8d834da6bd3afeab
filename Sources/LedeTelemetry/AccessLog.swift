import Logging

/// What the server knows about one finished request, for the access log and metrics.
package struct AccessRecord: Sendable {
    package var method: String
    /// The matched route template, nil when nothing matched.
    package var route: String?
    package var target: String
    package var status: Int
    package var responseBodyBytes: Int
    package var durationNanoseconds: Int
    package var clientAddress: String
    package var requestID: String
    package var userAgent: String?

    package init(
        method: String, route: String?, target: String, status: Int, responseBodyBytes: Int,
        durationNanoseconds: Int, clientAddress: String, requestID: String, userAgent: String?
    ) {
        self.method = method
        self.route = route
        self.target = target
        self.status = status
        self.responseBodyBytes = responseBodyBytes
        self.durationNanoseconds = durationNanoseconds
        self.clientAddress = clientAddress
        self.requestID = requestID
        self.userAgent = userAgent
    }
}

/// Writes one access line per request, with OpenTelemetry attribute names, and records
/// the request-duration histogram. One per loop (the recorder cache is loop-private).
package struct AccessObserver {
    /// Route label for requests no route matched: a fixed value keeps series bounded.
    package static let unmatchedRoute = "unmatched"

    private let logger: Logger
    private let metrics: ServerMetrics
    private var recorder: RequestDurationRecorder
    private let logsRequests: Bool

    package init(logger: Logger, metrics: ServerMetrics, logsRequests: Bool = true) {
        self.logger = logger
        self.metrics = metrics
        self.recorder = RequestDurationRecorder(histogram: metrics.requestDuration)
        self.logsRequests = logsRequests
    }

    package mutating func finished(_ record: AccessRecord) {
        let route = record.route ?? Self.unmatchedRoute
        recorder.record(
            RequestSeriesKey(method: record.method, route: route, status: record.status),
            nanoseconds: record.durationNanoseconds)
        guard logsRequests, logger.logLevel <= .info else { return }
        var metadata: Logger.Metadata = [
            "http.request.method": .string(record.method),
            "url.path": .string(record.target),
            "http.response.status_code": .stringConvertible(record.status),
            "http.response.body.size": .stringConvertible(record.responseBodyBytes),
            "http.server.request.duration": .stringConvertible(Double(record.durationNanoseconds) / 1e9),
            "client.address": .string(record.clientAddress),
            "http.request.id": .string(record.requestID),
        ]
        if let matched = record.route { metadata["http.route"] = .string(matched) }
        if let agent = record.userAgent { metadata["user_agent.original"] = .string(agent) }
        logger.info("request", metadata: metadata)
    }
}
