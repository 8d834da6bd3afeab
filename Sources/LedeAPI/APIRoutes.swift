import LedeHTTP
import LedeStore

/// What the API needs besides the snapshot.
package struct APIOptions: Sendable {
    /// The bearer token writes require; nil or empty disables writes (403).
    package var writeToken: String?
    /// Largest accepted article document; larger bodies answer 413.
    package var maxArticleBytes = 512 * 1024
    package var defaultLimit = 20
    package var maxLimit = 100
    /// Renders `GET /metrics`; nil leaves the route out.
    package var metrics: (@Sendable () -> [UInt8])?

    package init(writeToken: String? = nil) {
        self.writeToken = writeToken
    }
}

/// Builds the v1 route table for one snapshot.
///
/// Every handler captures the immutable snapshot it was built with, so the read path
/// takes no lock. When the store publishes a new snapshot, build a new router with
/// `router(...)` and hand it to the server (`HTTPServer.replaceResponder`), which
/// swaps it in every loop between events.
package enum APIRoutes {
    package static func router(snapshot: Snapshot, store: Store, options: APIOptions, readiness: Readiness) -> Router {
        var router = Router()
        HealthRoutes.register(on: &router, readiness: readiness)
        OpenAPIRoute.register(on: &router)
        OperationalRoutes.register(on: &router, metrics: options.metrics)
        register(on: &router, snapshot: snapshot, store: store, options: options)
        return router
    }

    /// The router to serve while the store loads: the probes, and every `/v1` route
    /// answering 503 with `Retry-After` (not 404: the resource will exist shortly).
    package static func loadingRouter(readiness: Readiness, metrics: (@Sendable () -> [UInt8])? = nil) -> Router {
        var router = Router()
        HealthRoutes.register(on: &router, readiness: readiness)
        OpenAPIRoute.register(on: &router)
        OperationalRoutes.register(on: &router, metrics: metrics)
        var headers = HTTPHeaders()
        headers.add(name: "Retry-After", value: "1")
        let loading = Problem(
            status: 503, title: "Service Unavailable", detail: "The corpus is still loading; retry shortly (GET /readyz says when).",
            type: "/problems/loading", headers: headers)
        for (method, template) in templates { router.add(method, template) { _ throws(Problem) in throw loading } }
        return router
    }

    /// Every `/v1` route, in documentation order.
    package static let templates: [(HTTPMethod, String)] = [
        (.get, "/v1/articles"), (.post, "/v1/articles"), (.get, "/v1/articles/{id}"), (.put, "/v1/articles/{id}"),
        (.delete, "/v1/articles/{id}"), (.get, "/v1/articles/{id}/entities"), (.get, "/v1/articles/{id}/timeline"),
        (.get, "/v1/entities"), (.get, "/v1/entities/{id}"), (.get, "/v1/timeline"), (.get, "/v1/search"),
    ]

    /// Adds the `/v1` routes to an existing router.
    package static func register(on router: inout Router, snapshot: Snapshot, store: Store, options: APIOptions) {
        ArticleRoutes.register(on: &router, snapshot: snapshot, options: options)
        CorpusRoutes.register(on: &router, snapshot: snapshot, options: options)
        WriteRoutes.register(on: &router, store: store, options: options)
    }
}
