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

    /// The first value of query item `name`, if present.
    package func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Every value of query item `name`, in order.
    package func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }
}

/// A synchronous, non-blocking handler run on the loop thread.
package typealias Handler = @Sendable (Request) throws(Problem) -> HTTPResponse

/// Method + path-template router over a segment trie (`RouteTrie`).
///
/// Matching rules:
/// - Templates are `/`-separated; a segment `{name}` captures one non-empty path segment.
///   Literal segments beat parameters (`/v1/articles/search` beats `/v1/articles/{id}`).
/// - The path is split on `/` first and each segment percent-decoded after, so `%2F` never
///   splits a segment; a segment decoding to `/` or NUL, an invalid `%` escape or invalid
///   UTF-8 is a 400 problem. The query is parsed the same way (`+` is a space); a bad
///   escape there is also 400.
/// - **Trailing slash policy:** paths are matched exactly. `/v1/articles/` does not match
///   `/v1/articles`; it is a 404 whose detail names the canonical path when that path has a
///   route. No redirect: API clients should call the documented path, and a 404 cannot be
///   cached into a loop the way a misconfigured redirect can.
/// - A path that matches with another method is 405 with `Allow`, also for a method outside
///   the standard set that no route uses (`QUERY`, `FOO`); no match is 404, or 501 for such
///   a method.
/// - HEAD is answered for every GET route by running the GET handler (the connection sends
///   no body); OPTIONS is answered for every matched path with 204 and `Allow`, and
///   `OPTIONS *` with every method the router serves. `Allow` always lists HEAD (when GET
///   exists) and OPTIONS.
/// - A thrown `Problem` is rendered with `Problem.response`.
package struct Router: HTTPResponder {
    private var trie = RouteTrie()
    private var registered: [(method: HTTPMethod, template: String)] = []

    package init() {}

    /// Registers `handler` for `method` on a template such as `/v1/articles/{id}/entities`.
    /// A malformed template or a duplicate (method, template) stops the program: both are
    /// programming errors found at startup.
    package mutating func add(_ method: HTTPMethod, _ template: String, _ handler: @escaping Handler) {
        let segments = RouteTrie.segments(of: template)
        let names = segments.compactMap { segment -> String? in
            if case .parameter(let name) = segment { return name }
            return nil
        }
        precondition(Set(names).count == names.count, "parameter named twice in route template: \(template)")
        trie.insert(.init(method: method, template: template, parameterNames: names, handler: handler), at: segments)
        registered.append((method, template))
    }

    /// Every registered (method, template), for documentation parity checks.
    package var routes: [(method: HTTPMethod, template: String)] { registered }

    /// Routes the request: 404/405 (with `Allow`), OPTIONS and HEAD for every route,
    /// problems for bad encodings, thrown `Problem`s rendered as problem documents.
    package func respond(to request: HTTPRequest) -> HTTPResponse {
        do throws(Problem) {
            return try route(request)
        } catch {
            return error.response
        }
    }

    private func route(_ request: HTTPRequest) throws(Problem) -> HTTPResponse {
        let method = request.method
        if request.path == "*" {
            guard method == .options else { throw Problem(status: 400, title: "Bad Request", detail: "'*' is only for OPTIONS") }
            return Self.allowResponse(allMethods())
        }
        let segments = try Self.decodedSegments(request.path)
        // A method no route knows: on a path that exists, 405 with `Allow` (the answer a
        // client can act on, and what API contract tools expect); elsewhere it is "not
        // implemented" (RFC 9110 §15.6.2).
        if case .other = method, !registered.contains(where: { $0.method == method }) {
            if let (node, _) = trie.resolve(segments, accepting: { !$0.routes.isEmpty }) {
                throw Self.methodNotAllowed(method, request.path, node.routes.map(\.method))
            }
            throw Problem(status: 501, title: "Not Implemented", detail: "method \(method) is not implemented")
        }
        let query = try Self.queryItems(request.query)

        let match = trie.resolve(segments) { node in
            node.routes.contains { $0.method == method }
                || (method == .head && node.routes.contains { $0.method == .get })
                || (method == .options && !node.routes.isEmpty)
        }
        guard let (node, values) = match else {
            if let (node, _) = trie.resolve(segments, accepting: { !$0.routes.isEmpty }) {
                throw Self.methodNotAllowed(method, request.path, node.routes.map(\.method))
            }
            throw notFound(request.path, segments: segments)
        }
        let route =
            node.routes.first { $0.method == method }
            ?? (method == .head ? node.routes.first { $0.method == .get } : nil)
        guard let route else {
            // OPTIONS on a path without an explicit OPTIONS route.
            return Self.allowResponse(Self.allowed(node.routes.map(\.method)))
        }
        var parameters: [String: String] = [:]
        for (name, value) in zip(route.parameterNames, values) { parameters[name] = value }
        // A problem thrown by a matched route (an unknown id, a bad parameter) still
        // reports the template: its requests belong to that route's metrics.
        var response: HTTPResponse
        do throws(Problem) {
            response = try route.handler(Request(http: request, parameters: parameters, query: query, route: route.template))
        } catch {
            response = error.response
        }
        response.route = route.template
        return response
    }

    private static func methodNotAllowed(_ method: HTTPMethod, _ path: String, _ methods: [HTTPMethod]) -> Problem {
        let allowed = allowValue(Self.allowed(methods))
        var headers = HTTPHeaders()
        headers.add(name: "Allow", value: allowed)
        return Problem(
            status: 405, title: "Method Not Allowed", detail: "\(method) is not allowed on \(path); allowed: \(allowed)", headers: headers)
    }

    private func notFound(_ path: String, segments: [String]) -> Problem {
        var detail = "no route for \(path)"
        if segments.count > 0, segments.last == "",
            trie.resolve(Array(segments.dropLast()), accepting: { !$0.routes.isEmpty }) != nil
        {
            detail += "; the canonical path has no trailing slash: \(path.dropLast())"
        }
        return Problem(status: 404, title: "Not Found", detail: detail)
    }

    private func allMethods() -> [HTTPMethod] {
        Self.allowed(registered.map(\.method))
    }

    /// The methods to advertise for a resource: its own, HEAD with GET, and OPTIONS, in a
    /// stable order.
    static func allowed(_ methods: [HTTPMethod]) -> [HTTPMethod] {
        var set = methods
        if set.contains(.get) { set.append(.head) }
        set.append(.options)
        let order: [HTTPMethod] = [.get, .head, .post, .put, .patch, .delete, .options]
        var result = order.filter { set.contains($0) }
        for method in set where !order.contains(method) && !result.contains(method) { result.append(method) }
        return result
    }

    static func allowValue(_ methods: [HTTPMethod]) -> String {
        methods.map(\.description).joined(separator: ", ")
    }

    private static func allowResponse(_ methods: [HTTPMethod]) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Allow", value: allowValue(methods))
        return HTTPResponse(status: .noContent, headers: headers)
    }

    /// Splits the still-encoded path on `/`, then decodes each segment (`/` → [], `/a/` →
    /// ["a", ""]).
    static func decodedSegments(_ path: String) throws(Problem) -> [String] {
        guard path.utf8.first == UInt8(ascii: "/") else {
            throw Problem(status: 400, title: "Bad Request", detail: "path must start with '/'")
        }
        if path.utf8.count == 1 { return [] }
        var segments: [String] = []
        for raw in path.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            do throws(PercentDecoding.Failure) {
                segments.append(
                    try PercentDecoding.decode(
                        Substring(raw).utf8, plusIsSpace: false, forbidden: [UInt8(ascii: "/"), 0]))
            } catch {
                throw Problem(status: 400, title: "Bad Request", detail: "invalid path segment: \(describe(error))")
            }
        }
        return segments
    }

    static func queryItems(_ query: String?) throws(Problem) -> [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        do throws(PercentDecoding.Failure) {
            return try PercentDecoding.queryItems(query)
        } catch {
            throw Problem(status: 400, title: "Bad Request", detail: "invalid query string: \(describe(error))")
        }
    }

    private static func describe(_ failure: PercentDecoding.Failure) -> String {
        switch failure {
        case .invalidEscape: "malformed percent-escape"
        case .invalidUTF8: "percent-decodes to invalid UTF-8"
        case .forbiddenByte(0): "encoded NUL (%00)"
        case .forbiddenByte: "encoded '/' (%2F) inside a segment"
        }
    }
}
