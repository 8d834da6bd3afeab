/// A request as a handler sees it: the parsed request plus what routing found.
package struct Request: Sendable {
    package var http: HTTPRequest
    /// Path parameters by name, percent-decoded.
    package var parameters: [String: String]
    /// Query items in order, decoded (`+` is a space); repeated keys are kept.
    package var query: [(name: String, value: String)]
    /// The matched template, e.g. `/v1/articles/{id}` (for logs and metrics).
    package var route: String

    package init(http: HTTPRequest, parameters: [String: String] = [:], query: [(name: String, value: String)] = [], route: String = "") {
        self.http = http
        self.parameters = parameters
        self.query = query
        self.route = route
    }
}

/// A synchronous, non-blocking handler run on the loop thread.
package typealias Handler = @Sendable (Request) throws(Problem) -> HTTPResponse

/// Method + path-template router. Contract stub: the parser/router issue fills it in.
package struct Router: HTTPResponder {
    package init() {}

    /// Registers `handler` for `method` on a template such as `/v1/articles/{id}/entities`.
    package mutating func add(_ method: HTTPMethod, _ template: String, _ handler: @escaping Handler) {}

    /// Every registered (method, template), for documentation parity checks.
    package var routes: [(method: HTTPMethod, template: String)] { [] }

    /// Routes the request: 404/405 (with `Allow`), OPTIONS and HEAD for every route,
    /// problems for bad encodings, thrown `Problem`s rendered as problem documents.
    package func respond(to request: HTTPRequest) -> HTTPResponse {
        Problem(status: 404, title: "Not Found").response
    }
}
