/// Responses handlers build most often.
extension HTTPResponse {
    /// A JSON body (`application/json`), e.g. bytes from `JSONWriter` or a pre-rendered snapshot.
    package static func json(_ bytes: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        return HTTPResponse(status: status, headers: headers, body: bytes)
    }

    /// A UTF-8 plain-text body.
    package static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
        return HTTPResponse(status: status, headers: headers, body: Array(text.utf8))
    }

    /// An empty response, 204 by default.
    package static func empty(status: HTTPStatus = .noContent) -> HTTPResponse {
        HTTPResponse(status: status)
    }
}
