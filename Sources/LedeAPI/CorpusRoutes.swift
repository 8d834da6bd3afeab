import LedeExtract
import LedeHTTP
import LedeJSON
import LedeStore

/// Corpus-wide queries: entities, the merged timeline, search. Their answers depend on
/// the query, so they are rendered per request from the snapshot's indexes (each page is
/// bounded by `limit`).
enum CorpusRoutes {
    static func register(on router: inout Router, snapshot: Snapshot, options: APIOptions) {
        router.add(.get, "/v1/entities") { request throws(Problem) in try entities(request, snapshot, options) }
        router.add(.get, "/v1/entities/{id}") { request throws(Problem) in try entity(request, snapshot, options) }
        router.add(.get, "/v1/timeline") { request throws(Problem) in try timeline(request, snapshot, options) }
        router.add(.get, "/v1/search") { request throws(Problem) in try SearchRoute.search(request, snapshot, options) }
    }

    /// Most-mentioned first; `q` matches the name or an alias, case-insensitively.
    private static func entities(_ request: Request, _ snapshot: Snapshot, _ options: APIOptions) throws(Problem) -> HTTPResponse {
        var query = QueryParameters(request, allowed: ["type", "q", "limit", "cursor"])
        let types = query.types()
        let limit = query.limit(default: options.defaultLimit, max: options.maxLimit)
        let needle = query.string("q")?.lowercased()
        let list = snapshot.entities.entities
        var start = 0
        if let fields = query.cursor() {
            if fields.count == 3, let articles = Int(fields[0]), let mentions = Int(fields[1]) {
                let key = (-articles, -mentions, fields[2])
                start = partitionPoint(list.count) { key < (-list[$0].articleCount, -list[$0].mentionCount, list[$0].id) }
            } else {
                query.fail("cursor", "is not a cursor from this API (pass next_cursor back unchanged)")
            }
        }
        if let needle, needle.isEmpty { query.fail("q", "must not be empty") }
        try query.finish()
        var page: [CorpusEntity] = []
        var index = start
        var more = false
        while index < list.count {
            let entity = list[index]
            index += 1
            if let types, !types.contains(entity.type) { continue }
            if let needle, !([entity.name] + entity.aliases).contains(where: { $0.lowercased().contains(needle) }) { continue }
            if page.count == limit {
                more = true
                break
            }
            page.append(entity)
        }
        var json = JSONWriter(capacity: 256 * page.count + 64)
        json.beginObject()
        json.key("entities")
        json.beginArray()
        for entity in page { summary(entity, into: &json) }
        json.endArray()
        let next = more ? page.last.map { Cursor.encode([String($0.articleCount), String($0.mentionCount), $0.id]) } : nil
        json.field("next_cursor", next)
        json.endObject()
        var headers = HTTPHeaders()
        if let next {
            let url = URLEncoding.url("/v1/entities", [
                ("type", query.string("type")), ("q", query.string("q")), ("limit", String(limit)), ("cursor", next),
            ])
            headers.add(name: "Link", value: "<\(url)>; rel=\"next\"")
        }
        return Representation.respond(rendering: json.bytes, to: request.http, headers: headers)
    }

    private static func summary(_ entity: CorpusEntity, into json: inout JSONWriter) {
        json.beginObject()
        fields(entity, into: &json)
        json.key("links")
        json.beginObject()
        json.field("self", "/v1/entities/\(entity.id)")
        json.endObject()
        json.endObject()
    }

    private static func fields(_ entity: CorpusEntity, into json: inout JSONWriter) {
        json.field("id", entity.id)
        json.field("type", entity.type.rawValue)
        json.field("name", entity.name)
        json.key("aliases")
        json.beginArray()
        for alias in entity.aliases { json.string(alias) }
        json.endArray()
        json.field("article_count", entity.articleCount)
        json.field("mention_count", entity.mentionCount)
    }

    /// One corpus entity and its mentions, grouped by article, newest article first,
    /// `limit` articles per page (a place named in every article would otherwise make one
    /// answer the size of the corpus).
    private static func entity(_ request: Request, _ snapshot: Snapshot, _ options: APIOptions) throws(Problem) -> HTTPResponse {
        var query = QueryParameters(request, allowed: ["offsets", "limit", "cursor"])
        let unit = query.offsets()
        let limit = query.limit(default: options.defaultLimit, max: options.maxLimit)
        let id = request.parameters["id"] ?? ""
        let entity = snapshot.entities.entity(id: id)
        let members = entity?.members ?? []
        var start = 0
        if let fields = query.cursor() {
            let published = fields.first.flatMap { $0.isEmpty ? nil : PartialDate(iso: $0) }
            if fields.count == 3, fields[0].isEmpty || published != nil, let position = Int(fields[2]) {
                let key = (ListKey(published: published, id: fields[1]), position)
                start = partitionPoint(members.count) { index in
                    let record = snapshot.records[members[index].slot]!
                    if record.metadata.id == key.0.id { return members[index].entity > key.1 }
                    return Snapshot.listsBefore(key.0, record.listKey)
                }
            } else {
                query.fail("cursor", "is not a cursor from this API (pass next_cursor back unchanged)")
            }
        }
        try query.finish()
        guard let entity else { throw APIProblem.entityNotFound(id) }
        // A page is `limit` articles; an article's mentions never straddle pages.
        var end = start
        var articles = 0
        while end < members.count {
            if end == start || members[end].slot != members[end - 1].slot {
                if articles == limit { break }
                articles += 1
            }
            end += 1
        }
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        fields(entity, into: &json)
        json.field("offsets", unit.rawValue)
        json.key("articles")
        json.beginArray()
        var index = start
        while index < end {
            let slot = members[index].slot
            let record = snapshot.records[slot]!
            let extraction = record.extraction(in: unit)
            json.beginObject()
            json.field("article", record.metadata.id)
            json.field("title", record.metadata.title)
            json.field("published", record.metadata.published)
            json.key("entities")
            json.beginArray()
            while index < end, members[index].slot == slot {
                let member = extraction.entities[members[index].entity]
                json.beginObject()
                json.field("id", member.id)
                json.field("name", member.name)
                json.field("salience", member.salience)
                ArticleViews.mentions(member.mentions, into: &json)
                json.endObject()
                index += 1
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        var next: String?
        if end < members.count, end > start {
            let last = members[end - 1]
            let metadata = snapshot.records[last.slot]!.metadata
            next = Cursor.encode([metadata.publishedDate?.description ?? "", metadata.id, String(last.entity)])
        }
        json.field("next_cursor", next)
        json.endObject()
        var headers = HTTPHeaders()
        if let next {
            let url = URLEncoding.url("/v1/entities/\(entity.id)", [("offsets", query.string("offsets")), ("limit", String(limit)), ("cursor", next)])
            headers.add(name: "Link", value: "<\(url)>; rel=\"next\"")
        }
        return Representation.respond(rendering: json.bytes, to: request.http, headers: headers)
    }

    /// The merged timeline: events whose interval overlaps [from, to], optionally only
    /// those that involve one corpus entity; by date, then article id.
    private static func timeline(_ request: Request, _ snapshot: Snapshot, _ options: APIOptions) throws(Problem) -> HTTPResponse {
        var query = QueryParameters(request, allowed: ["from", "to", "entity", "limit", "cursor"])
        let from = query.date("from")
        let to = query.date("to")
        let limit = query.limit(default: 100, max: 1000)
        let fromDay = from.map(firstDay)
        let toDay = to.map(lastDay)
        if let fromDay, let toDay, fromDay > toDay { query.fail("to", "must not be before from") }
        var entity: CorpusEntity?
        if let id = query.string("entity") {
            entity = snapshot.entities.entity(id: id)
            if entity == nil { query.fail("entity", "no corpus entity has the id \"\(id)\" (see /v1/entities)") }
        }
        let events = snapshot.timeline
        var start = 0
        if let fields = query.cursor() {
            if fields.count == 4, let position = Int(fields[3]) {
                let key = (fields[0], fields[1], fields[2], position)
                start = partitionPoint(events.count) {
                    let e = events[$0]
                    return key < (e.start, e.end, snapshot.records[e.slot]!.metadata.id, e.event)
                }
            } else {
                query.fail("cursor", "is not a cursor from this API (pass next_cursor back unchanged)")
            }
        }
        try query.finish()
        // The article-level ids of the entity's members, by slot.
        var members: [Int: Set<String>] = [:]
        if let entity {
            for member in entity.members {
                members[member.slot, default: []].insert(snapshot.records[member.slot]!.extraction.entities[member.entity].id)
            }
        }
        var json = JSONWriter(capacity: 4096)
        json.beginObject()
        json.field("offsets", OffsetUnit.codepoint.rawValue)
        json.key("events")
        json.beginArray()
        var served = 0
        var last: CorpusEvent?
        var more = false
        for item in events[start...] {
            if let toDay, item.start > toDay { break }
            if let fromDay, item.end < fromDay { continue }
            let record = snapshot.records[item.slot]!
            let event = record.extraction.events[item.event]
            if entity != nil, !event.entities.contains(where: { members[item.slot]?.contains($0) == true }) { continue }
            if served == limit {
                more = true
                break
            }
            let corpusIDs = event.entities.compactMap { snapshot.corpusID(slot: item.slot, entityID: $0) }
            ArticleViews.event(event, articleID: record.metadata.id, entities: corpusIDs, into: &json)
            served += 1
            last = item
        }
        json.endArray()
        let next = more ? last.map { Cursor.encode([$0.start, $0.end, snapshot.records[$0.slot]!.metadata.id, String($0.event)]) } : nil
        json.field("next_cursor", next)
        json.endObject()
        var headers = HTTPHeaders()
        if let next {
            let url = URLEncoding.url("/v1/timeline", [
                ("from", query.string("from")), ("to", query.string("to")), ("entity", query.string("entity")),
                ("limit", String(limit)), ("cursor", next),
            ])
            headers.add(name: "Link", value: "<\(url)>; rel=\"next\"")
        }
        return Representation.respond(rendering: json.bytes, to: request.http, headers: headers)
    }

    static func firstDay(_ date: PartialDate) -> String {
        PartialDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1).description
    }

    static func lastDay(_ date: PartialDate) -> String {
        let month = date.month ?? 12
        return PartialDate(year: date.year, month: month, day: date.day ?? PartialDate.daysIn(month: month, year: date.year)).description
    }
}
