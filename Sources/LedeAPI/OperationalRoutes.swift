import LedeHTTP

/// Operational endpoints beside the probes: `GET /metrics` (Prometheus text format).
///
/// The renderer is a closure so this target does not depend on the telemetry target: the
/// server passes `ServerMetrics.render` (plus whatever it refreshes first, e.g. TLS counters).
package enum OperationalRoutes {
    /// The content type of the Prometheus text exposition format, version 0.0.4.
    package static let metricsContentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Adds `GET /metrics` when `metrics` is set.
    package static func register(on router: inout Router, metrics: (@Sendable () -> [UInt8])?) {
        guard let metrics else { return }
        router.add(.get, "/metrics") { _ throws(Problem) in
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: metricsContentType)
            headers.add(name: "Cache-Control", value: "no-store")
            return HTTPResponse(status: HTTPStatus(code: 200, reason: "OK"), headers: headers, body: metrics())
        }
    }
}
