/// One complete request as the parser hands it to the server.
package struct HTTPRequest: Sendable {
    package var method: HTTPMethod
    /// The request-target exactly as received (origin-form, or `*` for OPTIONS).
    package var target: String
    /// The path part of the target, still percent-encoded.
    package var path: String
    /// The query part of the target (after `?`, still encoded), nil when there is no `?`.
    package var query: String?
    package var version: HTTPVersion
    package var headers: HTTPHeaders
    /// The decoded body (chunked framing removed); empty when there is none.
    package var body: [UInt8]
    /// Whether the connection may carry another request after this one (RFC 9112 §9.3).
    package var keepAlive: Bool

    package init(
        method: HTTPMethod, target: String, path: String, query: String?, version: HTTPVersion = .http1_1,
        headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], keepAlive: Bool = true
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
        self.keepAlive = keepAlive
    }
}

/// The response a handler returns. The connection adds framing (`Content-Length`,
/// `Connection`), `Date` and `Server`, and never sends a body for HEAD, 1xx, 204 or 304.
package struct HTTPResponse: Sendable {
    package var status: HTTPStatus
    package var headers: HTTPHeaders
    /// Shared, copy-on-write bytes: a pre-rendered snapshot body costs a retain, not a copy.
    package var body: [UInt8]
    /// The route template that answered (`/v1/articles/{id}`), set by `Router`; nil when no
    /// route matched. For logs and metrics only; never sent.
    package var route: String?

    package init(status: HTTPStatus, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [], route: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.route = route
    }
}

/// Whatever turns a request into a response: the router, or a test double.
package protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse
}
