import LedeHTTP

/// The API's problem documents (RFC 9457). `type` URIs are documented in docs/api.md.
enum APIProblem {
    static func invalidParams(_ params: [(name: String, reason: String)]) -> Problem {
        Problem(
            status: 400, title: "Invalid query parameters",
            detail: "Fix the parameters named in invalid_params: " + params.map(\.name).joined(separator: ", "),
            type: "/problems/invalid-parameters", invalidParams: params)
    }

    static func invalidFields(_ params: [(name: String, reason: String)]) -> Problem {
        Problem(
            status: 422, title: "Invalid article",
            detail: "Fix the fields named in invalid_params: " + params.map(\.name).joined(separator: ", "),
            type: "/problems/invalid-article", invalidParams: params)
    }

    static func articleNotFound(_ id: String) -> Problem {
        Problem(status: 404, title: "Not Found", detail: "No article has the id \"\(id)\".", type: "/problems/not-found")
    }

    static func entityNotFound(_ id: String) -> Problem {
        Problem(status: 404, title: "Not Found", detail: "No corpus entity has the id \"\(id)\".", type: "/problems/not-found")
    }
}
