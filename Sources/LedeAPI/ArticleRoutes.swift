import LedeExtract
import LedeHTTP
import LedeJSON
import LedeStore

/// `/v1/articles` and one article's views. Handlers capture one immutable snapshot.
enum ArticleRoutes {
    static func register(on router: inout Router, snapshot: Snapshot, options: APIOptions) {
        router.add(.get, "/v1/articles") { request throws(Problem) in
            try list(request, snapshot: snapshot, options: options)
        }
        router.add(.get, "/v1/articles/{id}") { request throws(Problem) in
            var query = QueryParameters(request, allowed: ["offsets"])
            let unit = query.offsets()
            try query.finish()
            let record = try find(request, in: snapshot)
            if unit == .codepoint { return Representation.respond(record.articleBody, to: request.http) }
            let bytes = ArticleViews.article(record.article, record.extraction(in: unit), wordCount: record.wordCount, unit: unit)
            return Representation.respond(rendering: bytes, to: request.http)
        }
        router.add(.get, "/v1/articles/{id}/entities") { request throws(Problem) in
            var query = QueryParameters(request, allowed: ["type", "offsets", "format"])
            let types = query.types()
            let unit = query.offsets()
            let format = query.format(["displacy"])
            if format != nil, unit != .codepoint { query.fail("offsets", "displaCy needs code point offsets; leave offsets out") }
            try query.finish()
            let record = try find(request, in: snapshot)
            if format == "displacy" {
                return Representation.respond(rendering: ArticleViews.displacy(record.article, record.extraction, types: types), to: request.http)
            }
            if types == nil, unit == .codepoint { return Representation.respond(record.entitiesBody, to: request.http) }
            let bytes = ArticleViews.entities(record.metadata.id, record.extraction(in: unit), unit: unit, types: types)
            return Representation.respond(rendering: bytes, to: request.http)
        }
        router.add(.get, "/v1/articles/{id}/timeline") { request throws(Problem) in
            var query = QueryParameters(request, allowed: ["offsets", "format"])
            let unit = query.offsets()
            let format = query.format(["timelinejs"])
            if format != nil, unit != .codepoint { query.fail("offsets", "TimelineJS has no offsets; leave offsets out") }
            try query.finish()
            let record = try find(request, in: snapshot)
            if format == "timelinejs" {
                return Representation.respond(rendering: ArticleViews.timelineJS(record.metadata, record.extraction), to: request.http)
            }
            if unit == .codepoint { return Representation.respond(record.timelineBody, to: request.http) }
            return Representation.respond(rendering: ArticleViews.timeline(record.metadata, record.extraction(in: unit), unit: unit), to: request.http)
        }
    }

    static func find(_ request: Request, in snapshot: Snapshot) throws(Problem) -> ArticleRecord {
        let id = request.parameters["id"] ?? ""
        guard let record = snapshot.record(id: id) else { throw APIProblem.articleNotFound(id) }
        return record
    }

    /// Newest first; the cursor carries the last served article's (published, id).
    private static func list(_ request: Request, snapshot: Snapshot, options: APIOptions) throws(Problem) -> HTTPResponse {
        var query = QueryParameters(request, allowed: ["limit", "cursor"])
        let limit = query.limit(default: options.defaultLimit, max: options.maxLimit)
        var start = 0
        if let fields = query.cursor() {
            let published = fields.first.flatMap { $0.isEmpty ? nil : PartialDate(iso: $0) }
            if fields.count != 2 || (!fields[0].isEmpty && published == nil) {
                query.fail("cursor", "is not a cursor from this API (pass next_cursor back unchanged)")
            } else {
                let key = ListKey(published: published, id: fields[1])
                start = partitionPoint(snapshot.order.count) { Snapshot.listsBefore(key, snapshot.records[snapshot.order[$0]]!.listKey) }
            }
        }
        try query.finish()
        let end = min(start + limit, snapshot.order.count)
        var json = JSONWriter(capacity: 512 * (end - start) + 64)
        json.beginObject()
        json.key("articles")
        json.beginArray()
        for slot in snapshot.order[start..<end] { json.raw(snapshot.records[slot]!.summary) }
        json.endArray()
        var next: String?
        if end < snapshot.order.count, end > start {
            let last = snapshot.records[snapshot.order[end - 1]]!.metadata
            next = Cursor.encode([last.published.flatMap { PartialDate(iso: $0)?.description } ?? "", last.id])
        }
        json.field("next_cursor", next)
        json.endObject()
        var headers = HTTPHeaders()
        if let next {
            headers.add(name: "Link", value: "<\(URLEncoding.url("/v1/articles", [("limit", String(limit)), ("cursor", next)]))>; rel=\"next\"")
        }
        return Representation.respond(rendering: json.bytes, to: request.http, headers: headers)
    }
}

/// The first index in `0..<count` for which `isAfter` holds, given that it holds for a
/// suffix of the range (binary search).
func partitionPoint(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
        let mid = (low + high) / 2
        if isAfter(mid) { high = mid } else { low = mid + 1 }
    }
    return low
}
