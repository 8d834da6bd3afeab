import LedeJSON

/// An RFC 9457 problem document, thrown by handlers and rendered as
/// `application/problem+json`.
package struct Problem: Error, Sendable {
    package var status: Int
    package var title: String
    package var detail: String?
    /// A URI reference naming the problem type; `about:blank` when only the status matters.
    package var type: String
    /// Extension members, e.g. `invalid_params` naming offending fields.
    package var invalidParams: [(name: String, reason: String)]
    /// Extra headers for the response (`Allow` on 405, `WWW-Authenticate` on 401).
    package var headers: HTTPHeaders

    package init(
        status: Int, title: String, detail: String? = nil, type: String = "about:blank",
        invalidParams: [(name: String, reason: String)] = [], headers: HTTPHeaders = HTTPHeaders()
    ) {
        self.status = status
        self.title = title
        self.detail = detail
        self.type = type
        self.invalidParams = invalidParams
        self.headers = headers
    }

    package var response: HTTPResponse {
        var json = JSONWriter()
        json.beginObject()
        json.field("type", type)
        json.field("title", title)
        json.field("status", status)
        if let detail { json.field("detail", detail) }
        if !invalidParams.isEmpty {
            json.key("invalid_params")
            json.beginArray()
            for param in invalidParams {
                json.beginObject()
                json.field("name", param.name)
                json.field("reason", param.reason)
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        var headers = self.headers
        headers.set(name: "Content-Type", value: "application/problem+json")
        // The status line carries the standard reason phrase; the title is for the document.
        let reason = HTTPStatus.standardReason(status) ?? title
        return HTTPResponse(status: HTTPStatus(code: status, reason: reason), headers: headers, body: json.bytes)
    }
}
