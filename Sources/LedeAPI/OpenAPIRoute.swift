import LedeHTTP
import LedeStore

/// `GET /openapi.json`: the contract, rendered (hashed, gzip-compressed) once per process.
package enum OpenAPIRoute {
    /// The served representation: computed on first use, shared by every router and loop.
    static let body = RenderedBody(Array(OpenAPIDocument.json.utf8))

    /// Adds the route. It is static, so the loading router serves it too: a client
    /// generator or probe can read the contract before the corpus is ready.
    package static func register(on router: inout Router) {
        router.add(.get, "/openapi.json") { request throws(Problem) in
            Representation.respond(body, to: request.http)
        }
    }
}
