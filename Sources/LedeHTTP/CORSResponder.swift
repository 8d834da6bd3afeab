/// Which browser origins may call the API (the Fetch standard's CORS protocol).
package struct CORSPolicy: Sendable, Equatable {
    /// Exact origins (`https://app.example`), or `*` for any origin.
    package var allowedOrigins: [String]
    package var allowedMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"]
    package var allowedHeaders = ["Authorization", "Content-Type", "If-None-Match", "X-Request-Id", "Accept-Encoding"]
    /// Response headers scripts may read beyond the CORS-safelisted ones.
    package var exposedHeaders = ["ETag", "Link", "Location", "X-Request-Id"]
    package var maxAgeSeconds = 600

    package init(allowedOrigins: [String]) {
        self.allowedOrigins = allowedOrigins
    }

    package var isEnabled: Bool { !allowedOrigins.isEmpty }

    /// The value for `Access-Control-Allow-Origin`, or nil when the origin is not allowed.
    package func allowOrigin(for origin: String) -> String? {
        if allowedOrigins.contains("*") { return "*" }
        return allowedOrigins.contains(origin) ? origin : nil
    }
}

/// Wraps a responder with CORS: answers preflight requests itself and adds the
/// `Access-Control-*` headers to every response for an allowed origin.
package struct CORSResponder<Inner: HTTPResponder>: HTTPResponder {
    package let inner: Inner
    package let policy: CORSPolicy

    package init(inner: Inner, policy: CORSPolicy) {
        self.inner = inner
        self.policy = policy
    }

    package func respond(to request: HTTPRequest) -> HTTPResponse {
        guard policy.isEnabled, let origin = request.headers["Origin"] else { return inner.respond(to: request) }
        let isPreflight = request.method == .options && request.headers.contains("Access-Control-Request-Method")
        guard isPreflight else {
            var response = inner.respond(to: request)
            decorate(&response, origin: origin)
            return response
        }
        return preflight(request, origin: origin)
    }

    private func preflight(_ request: HTTPRequest, origin: String) -> HTTPResponse {
        guard let allowed = policy.allowOrigin(for: origin) else {
            return Problem(status: 403, title: "Forbidden", detail: "Origin \(origin) is not allowed (cors.allowedOrigins)")
                .response
        }
        let method = request.headers["Access-Control-Request-Method"] ?? ""
        guard policy.allowedMethods.contains(method) else {
            return Problem(status: 403, title: "Forbidden", detail: "Method \(method) is not allowed for cross-origin requests")
                .response
        }
        var headers = HTTPHeaders()
        headers.add(name: "Access-Control-Allow-Origin", value: allowed)
        headers.add(name: "Access-Control-Allow-Methods", value: policy.allowedMethods.joined(separator: ", "))
        headers.add(name: "Access-Control-Allow-Headers", value: policy.allowedHeaders.joined(separator: ", "))
        headers.add(name: "Access-Control-Max-Age", value: String(policy.maxAgeSeconds))
        headers.add(name: "Vary", value: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
        return HTTPResponse(status: HTTPStatus(code: 204, reason: "No Content"), headers: headers)
    }

    private func decorate(_ response: inout HTTPResponse, origin: String) {
        guard let allowed = policy.allowOrigin(for: origin) else { return }
        response.headers.set(name: "Access-Control-Allow-Origin", value: allowed)
        response.headers.set(name: "Access-Control-Expose-Headers", value: policy.exposedHeaders.joined(separator: ", "))
        if allowed != "*" {
            let vary = response.headers["Vary"].map { $0 + ", Origin" } ?? "Origin"
            response.headers.set(name: "Vary", value: vary)
        }
    }
}
