import LedeHTTP
import LedeJSON
import Synchronization

/// Whether the process should receive traffic: `/readyz` reads it on every probe, the
/// loader and the signal handler write it. Lock-free, shared by all loops.
package final class Readiness: Sendable {
    /// The store (or whatever must exist before serving) is loaded.
    private let loaded = Atomic<Bool>(false)
    /// Shutdown has begun; load balancers should stop sending new requests.
    private let draining = Atomic<Bool>(false)

    package init() {}

    package var isLoaded: Bool { loaded.load(ordering: .acquiring) }
    package var isDraining: Bool { draining.load(ordering: .acquiring) }
    package var isReady: Bool { isLoaded && !isDraining }

    package func markLoaded() { loaded.store(true, ordering: .releasing) }
    package func markDraining() { draining.store(true, ordering: .releasing) }
}

/// Liveness and readiness probes: `GET /healthz`, `/livez`, `/readyz`.
package enum HealthRoutes {
    /// Adds the probe routes. Liveness always answers 200 while the process can serve at
    /// all; readiness answers 503 while loading and while draining, so a load balancer
    /// stops routing here before the listener closes.
    package static func register(on router: inout Router, readiness: Readiness) {
        let ok = response(status: HTTPStatus(code: 200, reason: "OK"), body: document(status: "ok"))
        router.add(.get, "/healthz") { _ throws(Problem) in ok }
        router.add(.get, "/livez") { _ throws(Problem) in ok }

        let ready = response(status: HTTPStatus(code: 200, reason: "OK"), body: document(status: "ready"))
        let unavailable = HTTPStatus(code: 503, reason: "Service Unavailable")
        let loading = response(status: unavailable, body: document(status: "loading"))
        let draining = response(status: unavailable, body: document(status: "draining"))
        router.add(.get, "/readyz") { _ throws(Problem) in
            if readiness.isDraining { return draining }
            return readiness.isLoaded ? ready : loading
        }
    }

    private static func document(status: String) -> [UInt8] {
        var json = JSONWriter(capacity: 32)
        json.beginObject()
        json.field("status", status)
        json.endObject()
        return json.bytes
    }

    /// Rendered once at registration: a probe costs a retain, not an allocation.
    private static func response(status: HTTPStatus, body: [UInt8]) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        // Probes must reach the server, never a cache in between.
        headers.add(name: "Cache-Control", value: "no-store")
        return HTTPResponse(status: status, headers: headers, body: body)
    }
}
