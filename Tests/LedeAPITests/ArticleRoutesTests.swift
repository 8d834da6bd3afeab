import LedeAPI
import LedeHTTP
import LedeStore
import Testing

@Suite struct ArticleRoutesTests {
    @Test func listIsNewestFirstWithSummaries() throws {
        let api = try APIHarness()
        let response = api.get("/v1/articles")
        #expect(response.status.code == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        let doc = try document(response)
        #expect(doc["articles"]?.array.compactMap { $0["id"]?.string } == ["bravo", "alpha", "charlie"])
        let first = try #require(doc["articles"]?[0])
        #expect(first["word_count"]?.int == 12)
        #expect(first["entity_counts"]?["agency"]?.int == 1)
        #expect(doc["next_cursor"] == .null)
        #expect(response.headers["Link"] == nil)
    }

    @Test func paginationWalksToTheEndThroughLinkHeaders() throws {
        let api = try APIHarness(extra: 23)
        var target: String? = "/v1/articles?limit=4"
        var seen: [String] = []
        var pages = 0
        while let next = target {
            let response = api.get(next)
            try #require(response.status.code == 200)
            let doc = try document(response)
            let ids = doc["articles"]?.array.compactMap { $0["id"]?.string } ?? []
            #expect(ids.count <= 4)
            seen += ids
            pages += 1
            if let link = response.headers["Link"] {
                #expect(link.hasSuffix(">; rel=\"next\""))
                let url = String(link.dropFirst().prefix { $0 != ">" })
                #expect(url.contains("cursor=" + (doc["next_cursor"]?.string ?? "?")))
                target = url
            } else {
                #expect(doc["next_cursor"] == .null)
                target = nil
            }
            try #require(pages < 20)
        }
        #expect(seen.count == 26)
        #expect(Set(seen).count == 26)
        #expect(pages == 7)
        #expect(Array(seen.prefix(3)) == ["bravo", "alpha", "charlie"])
    }

    @Test func cursorStaysValidWhenTheCursorArticleIsDeleted() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/articles?limit=1"))
        let cursor = try #require(doc["next_cursor"]?.string)
        #expect(api.request(.delete, "/v1/articles/bravo", headers: [api.auth]).status.code == 204)
        let next = try document(api.get("/v1/articles?limit=5&cursor=" + cursor))
        #expect(next["articles"]?.array.compactMap { $0["id"]?.string } == ["alpha", "charlie"])
    }

    static let badQueries: [(String, String)] = [
        ("/v1/articles?limit=-1", "limit"), ("/v1/articles?limit=0", "limit"), ("/v1/articles?limit=101", "limit"),
        ("/v1/articles?limit=ten", "limit"), ("/v1/articles?cursor=zz", "cursor"), ("/v1/articles?cursor=6869", "cursor"),
        ("/v1/articles?page=2", "page"), ("/v1/articles?limit=1&limit=2", "limit"),
        ("/v1/articles/alpha?offsets=bytes", "offsets"), ("/v1/articles/alpha?x=1", "x"),
        ("/v1/articles/alpha/entities?type=person,org", "type"), ("/v1/articles/alpha/entities?type=", "type"),
        ("/v1/articles/alpha/entities?format=spacy", "format"),
        ("/v1/articles/alpha/entities?format=displacy&offsets=utf8", "offsets"),
        ("/v1/articles/alpha/timeline?format=timelinejs&offsets=utf16", "offsets"),
        ("/v1/articles/alpha/timeline?type=person", "type"),
    ]

    @Test(arguments: badQueries) func badQueryIs400NamingTheParameter(_ item: (String, String)) throws {
        let api = try APIHarness()
        let response = api.get(item.0)
        #expect(response.status.code == 400)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        let doc = try document(response)
        #expect(doc["invalid_params"]?.array.compactMap { $0["name"]?.string }.contains(item.1) == true, "\(item.0)")
        #expect(doc["status"]?.int == 400)
    }

    @Test func articleWithCodePointOffsetsAndConversions() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/articles/alpha"))
        #expect(doc["id"]?.string == "alpha")
        #expect(doc["offsets"]?.string == "codepoint")
        #expect(doc["body"]?.string == APIHarness.fixtures[0].0.body)
        #expect(doc["published"]?.string == "2025-03")
        #expect(doc["links"]?["entities"]?.string == "/v1/articles/alpha/entities")
        #expect(doc["paragraphs"]?[0]?["end"]?.int == APIHarness.fixtures[0].0.body.unicodeScalars.count)
        let utf8 = try document(api.get("/v1/articles/alpha?offsets=utf8"))
        #expect(utf8["offsets"]?.string == "utf8")
        #expect(utf8["paragraphs"]?[0]?["end"]?.int == APIHarness.fixtures[0].0.body.utf8.count)
        let utf16 = try document(api.get("/v1/articles/alpha?offsets=utf16"))
        #expect(utf16["paragraphs"]?[0]?["end"]?.int == APIHarness.fixtures[0].0.body.utf16.count)
    }

    @Test func unknownArticleIs404ForEveryView() throws {
        let api = try APIHarness()
        for path in ["/v1/articles/nope", "/v1/articles/nope/entities", "/v1/articles/nope/timeline"] {
            let response = api.get(path)
            #expect(response.status.code == 404)
            #expect(response.headers["Content-Type"] == "application/problem+json")
            #expect(try document(response)["detail"]?.string?.contains("nope") == true)
        }
    }

    @Test func entitiesFilteredByTypeWithMentionOffsets() throws {
        let api = try APIHarness()
        let all = try document(api.get("/v1/articles/alpha/entities"))
        #expect(all["article"]?.string == "alpha")
        #expect(all["entities"]?.array.count == 3)
        let some = try document(api.get("/v1/articles/alpha/entities?type=person,place"))
        #expect(some["entities"]?.array.compactMap { $0["type"]?.string } == ["person", "place"])
        let place = try #require(some["entities"]?[1])
        #expect(place["mentions"]?[0]?["start"]?.int == 0)
        #expect(place["mentions"]?[0]?["end"]?.int == 7)  // "Détroit": 7 code points, 8 bytes
        let bytes = try document(api.get("/v1/articles/alpha/entities?type=place&offsets=utf8"))
        #expect(bytes["entities"]?[0]?["mentions"]?[0]?["end"]?.int == 8)
        let police = try #require(all["entities"]?.array.first { $0["id"]?.string == "detroit-police-department" })
        #expect(police["aliases"]?.array == [.string("DPD")])
        #expect(police["mentions"]?.array.count == 2)
    }

    @Test func displacyExport() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/articles/alpha/entities?format=displacy"))
        let item = try #require(doc[0])
        #expect(item["text"]?.string == APIHarness.fixtures[0].0.body)
        #expect(item["title"]?.string == "Mayor meets police")
        let ents = item["ents"]?.array ?? []
        #expect(ents.count == 4)
        #expect(ents.first?["label"]?.string == "PLACE")
        #expect(ents.compactMap { $0["start"]?.int } == ents.compactMap { $0["start"]?.int }.sorted())
        let people = try document(api.get("/v1/articles/alpha/entities?format=displacy&type=person"))
        #expect(people[0]?["ents"]?.array.compactMap { $0["label"]?.string } == ["PERSON"])
    }

    @Test func timelineAndTimelineJSExport() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/articles/alpha/timeline"))
        #expect(doc["article"]?.string == "alpha")
        #expect(doc["published"]?.string == "2025-03")
        let event = try #require(doc["events"]?[0])
        #expect(event["date"]?.string == "2025-02")
        #expect(event["granularity"]?.string == "month")
        #expect(event["expression"]?.string == "early February")
        #expect(event["offsets"]?["expression"]?["start"]?.int != nil)
        let js = try document(api.get("/v1/articles/alpha/timeline?format=timelinejs"))
        #expect(js["title"]?["text"]?["headline"]?.string == "Mayor meets police")
        let start = try #require(js["events"]?[0]?["start_date"])
        #expect(start["year"]?.string == "2025")
        #expect(start["month"]?.string == "2")
        #expect(start["day"] == nil)
        #expect(js["events"]?[0]?["text"]?["headline"]?.string == "early February")
        let year = try document(api.get("/v1/articles/charlie/timeline?format=timelinejs"))
        #expect(year["events"]?[0]?["start_date"]?["month"] == nil)
    }

    @Test func headAnswersWithTheSameHeaders() throws {
        let api = try APIHarness()
        let get = api.get("/v1/articles/alpha")
        let head = api.request(.head, "/v1/articles/alpha")
        #expect(head.status.code == 200)
        #expect(head.headers["ETag"] == get.headers["ETag"])
    }

    @Test func healthRoutesAreRegistered() throws {
        let api = try APIHarness()
        #expect(api.get("/readyz").status.code == 200)
        let templates = Set(api.router.routes.map { "\($0.method) \($0.template)" })
        for route in ["GET /v1/articles", "GET /v1/articles/{id}", "GET /v1/articles/{id}/entities", "GET /v1/articles/{id}/timeline",
                      "GET /v1/entities", "GET /v1/entities/{id}", "GET /v1/timeline", "GET /v1/search", "POST /v1/articles",
                      "PUT /v1/articles/{id}", "DELETE /v1/articles/{id}", "GET /readyz"] {
            #expect(templates.contains(route), "\(route)")
        }
    }
}

@Suite struct LoadingRouterTests {
    @Test func v1RoutesAnswer503WhileLoading() throws {
        let readiness = Readiness()
        let router = APIRoutes.loadingRouter(readiness: readiness)
        let response = router.respond(to: HTTPRequest(method: .get, target: "/v1/articles", path: "/v1/articles", query: nil))
        #expect(response.status.code == 503)
        #expect(response.headers["Retry-After"] == "1")
        #expect(router.respond(to: HTTPRequest(method: .get, target: "/readyz", path: "/readyz", query: nil)).status.code == 503)
        // Every documented route exists in both routers.
        let api = try APIHarness()
        let live = Set(api.router.routes.map { "\($0.method) \($0.template)" })
        for (method, template) in APIRoutes.templates { #expect(live.contains("\(method) \(template)")) }
    }
}
