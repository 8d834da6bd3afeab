import LedeHTTP
import LedeJSON
import LedeStore

/// `POST /v1/articles`, `PUT /v1/articles/{id}`, `DELETE /v1/articles/{id}`.
///
/// A write runs on the loop thread that received it, waits for the disk (the store
/// acknowledges only after fsync), and the store publishes the next snapshot; the
/// server then swaps every loop's router. Writes are rare: this trades a blocked loop
/// for a few milliseconds against any cross-thread hand-off on the read path.
enum WriteRoutes {
    static func register(on router: inout Router, store: Store, options: APIOptions) {
        router.add(.post, "/v1/articles") { request throws(Problem) in
            try authorise(request, options)
            var article = try decode(request, options, pathID: nil)
            if article.id.isEmpty {
                guard let derived = Slug.derive(from: article.title) else {
                    throw APIProblem.invalidFields([("id", "is required: the title gives no id to derive (use a-z, 0-9 and hyphens)")])
                }
                article.id = derived
            }
            let snapshot: Snapshot
            do throws(StoreError) { snapshot = try store.create(article) } catch { throw problem(error) }
            var headers = HTTPHeaders()
            headers.add(name: "Location", value: "/v1/articles/\(article.id)")
            return stored(article.id, in: snapshot, status: .created, headers: headers)
        }
        router.add(.put, "/v1/articles/{id}") { request throws(Problem) in
            try authorise(request, options)
            let id = request.parameters["id"] ?? ""
            let article = try decode(request, options, pathID: id)
            let snapshot: Snapshot
            do throws(StoreError) { snapshot = try store.replace(article) } catch { throw problem(error) }
            return stored(id, in: snapshot, status: .ok, headers: HTTPHeaders())
        }
        router.add(.delete, "/v1/articles/{id}") { request throws(Problem) in
            try authorise(request, options)
            try QueryParameters(request, allowed: []).finish()
            do throws(StoreError) { try store.delete(id: request.parameters["id"] ?? "") } catch { throw problem(error) }
            return HTTPResponse(status: .noContent)
        }
    }

    /// 403 when writes are off, 401 (with a challenge) when the token is missing or wrong.
    static func authorise(_ request: Request, _ options: APIOptions) throws(Problem) {
        guard let token = options.writeToken, !token.isEmpty else {
            throw Problem(
                status: 403, title: "Forbidden",
                detail: "Writes are disabled. Set LEDE_WRITE_TOKEN (or writeToken in the configuration) and send Authorization: Bearer <token>.",
                type: "/problems/writes-disabled")
        }
        var challenge = HTTPHeaders()
        challenge.add(name: "WWW-Authenticate", value: "Bearer realm=\"lede\"")
        guard let header = request.http.headers["Authorization"], header.count > 7,
            header.prefix(7).lowercased() == "bearer "
        else {
            throw Problem(status: 401, title: "Unauthorized", detail: "Send Authorization: Bearer <token>.", type: "/problems/unauthorized", headers: challenge)
        }
        guard constantTimeEqual(Array(header.utf8.dropFirst(7)), Array(token.utf8)) else {
            challenge.set(name: "WWW-Authenticate", value: "Bearer realm=\"lede\", error=\"invalid_token\"")
            throw Problem(status: 401, title: "Unauthorized", detail: "The bearer token is not valid.", type: "/problems/unauthorized", headers: challenge)
        }
    }

    /// Compares without an early exit, so timing does not reveal a matching prefix.
    private static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }

    /// 415 unless JSON, 413 when too large, 400 for malformed JSON, 422 naming every bad field.
    /// With no `id` in a POST body the article's id is left empty (derived from the title).
    private static func decode(_ request: Request, _ options: APIOptions, pathID: String?) throws(Problem) -> Article {
        try QueryParameters(request, allowed: []).finish()
        let type = (request.http.headers["Content-Type"] ?? "").split(separator: ";").first?.trimmingASCIISpaces.lowercased() ?? ""
        guard type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json")) else {
            var headers = HTTPHeaders()
            headers.add(name: "Accept-Post", value: "application/json")
            throw Problem(
                status: 415, title: "Unsupported Media Type",
                detail: "Send the article as JSON with Content-Type: application/json.", type: "/problems/unsupported-media-type",
                headers: headers)
        }
        guard request.http.body.count <= options.maxArticleBytes else {
            throw Problem(status: 413, title: "Content Too Large", detail: "An article may be at most \(options.maxArticleBytes) bytes of JSON.", type: "/problems/too-large")
        }
        let value: JSONValue
        do { value = try JSONParser.parse(request.http.body) } catch {
            throw Problem(status: 400, title: "Malformed JSON", detail: "Line \(error.line): \(error.reason).", type: "/problems/malformed-json")
        }
        var pathProblem: [FieldProblem] = []
        if let pathID, case .object(let members) = value, let given = members.first(where: { $0.key == "id" }), given.value != .string(pathID), given.value != .null {
            pathProblem.append(FieldProblem(name: "id", reason: "must match the id in the path (\(pathID)) or be left out"))
        }
        // A POST without an id gets one from its title; validate with a placeholder first.
        let (article, problems) = ArticleParser.article(fromJSON: value, fallbackID: pathID ?? "placeholder")
        let all = pathProblem + problems
        guard all.isEmpty, var article else { throw APIProblem.invalidFields(all.map { ($0.name, $0.reason) }) }
        if pathID == nil, case .object(let members) = value, !members.contains(where: { $0.key == "id" && $0.value != .null }) {
            article.id = ""
        }
        return article
    }

    private static func problem(_ error: StoreError) -> Problem {
        switch error {
        case .conflict(let id):
            Problem(status: 409, title: "Conflict", detail: "An article with the id \"\(id)\" exists; PUT /v1/articles/\(id) replaces it.", type: "/problems/conflict")
        case .notFound(let id): APIProblem.articleNotFound(id)
        case .io(let reason):
            Problem(status: 500, title: "Internal Server Error", detail: "The article could not be stored (\(reason)); nothing changed.", type: "/problems/storage")
        }
    }

    /// The stored article with its extraction: the three pre-rendered views in one document.
    private static func stored(_ id: String, in snapshot: Snapshot, status: HTTPStatus, headers: HTTPHeaders) -> HTTPResponse {
        guard let record = snapshot.record(id: id) else { return APIProblem.articleNotFound(id).response }
        var json = JSONWriter(capacity: record.articleBody.bytes.count + record.entitiesBody.bytes.count + record.timelineBody.bytes.count + 64)
        json.beginObject()
        json.key("article")
        json.raw(record.articleBody.bytes)
        json.key("entities")
        json.raw(record.entitiesBody.bytes)
        json.key("timeline")
        json.raw(record.timelineBody.bytes)
        json.endObject()
        var headers = headers
        headers.add(name: "Content-Type", value: Representation.jsonType)
        headers.add(name: "Cache-Control", value: "no-store")
        return HTTPResponse(status: status, headers: headers, body: json.bytes)
    }
}
