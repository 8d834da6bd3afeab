import LedeAPI
import LedeExtract
import LedeHTTP
import LedeNet
import LedeStore
import LedeTelemetry
import Synchronization

/// The settings SIGHUP may change that live in routers (write token, CORS origins), and
/// the one place routers are built and handed to every loop (which serve both ports).
///
/// Routers capture their settings and snapshot immutably (the request path takes no
/// lock); the mutex here is only taken to build a router: at start-up, after a write and
/// on SIGHUP.
final class Serving: Sendable {
    private let settings: Mutex<(options: APIOptions, cors: CORSPolicy)>
    private let readiness: Readiness
    private let metrics: ServerMetrics
    private let servers: [HTTPServer]

    init(options: APIOptions, cors: CORSPolicy, readiness: Readiness, metrics: ServerMetrics, servers: [HTTPServer]) {
        self.settings = Mutex((options, cors))
        self.readiness = readiness
        self.metrics = metrics
        self.servers = servers
    }

    /// The probes, `/metrics` and `503 loading` for `/v1`, while the store loads.
    static func loadingResponder(readiness: Readiness, options: APIOptions, cors: CORSPolicy) -> any HTTPResponder {
        CORSResponder(inner: APIRoutes.loadingRouter(readiness: readiness, metrics: options.metrics), policy: cors)
    }

    /// New write token and CORS origins; takes effect at the next `publish`.
    func update(writeToken: String?, cors: CORSPolicy) {
        settings.withLock { current in
            current.options.writeToken = writeToken
            current.cors = cors
        }
    }

    /// Builds the router for `snapshot` and swaps it into every loop; records the
    /// snapshot's size in the metrics. Runs after every write and reload.
    func publish(_ snapshot: Snapshot, store: Store) {
        let (options, cors) = settings.withLock { $0 }
        let router = APIRoutes.router(snapshot: snapshot, store: store, options: options, readiness: readiness)
        let responder = CORSResponder(inner: router, policy: cors)
        for server in servers { server.replaceResponder(responder) }
        metrics.articlesLoaded.set(snapshot.count)
        metrics.entitiesLoaded.set(snapshot.records.reduce(0) { $0 + ($1?.extraction.entities.count ?? 0) })
        metrics.corpusEntities.set(snapshot.entities.entities.count)
        metrics.snapshotBuilds.add()
    }
}
