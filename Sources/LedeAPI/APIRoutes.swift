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
        register(on: &router, snapshot: snapshot, store: store, options: options)
        return router
    }

    /// Adds the `/v1` routes to an existing router.
    package static func register(on router: inout Router, snapshot: Snapshot, store: Store, options: APIOptions) {
        ArticleRoutes.register(on: &router, snapshot: snapshot, options: options)
        CorpusRoutes.register(on: &router, snapshot: snapshot, options: options)
        WriteRoutes.register(on: &router, store: store, options: options)
    }
}
