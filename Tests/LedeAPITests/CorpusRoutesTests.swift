import LedeHTTP
import LedeStore
import Testing

@Suite struct CorpusRoutesTests {
    @Test func entitiesAreMergedAcrossArticlesAndRanked() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/entities"))
        let ids = doc["entities"]?.array.compactMap { $0["id"]?.string } ?? []
        #expect(ids.prefix(2) == ["agency-detroit-police-department", "place-detroit"])
        let police = try #require(doc["entities"]?[0])
        #expect(police["article_count"]?.int == 2)
        #expect(police["aliases"]?.array == [.string("DPD")])
        #expect(police["links"]?["self"]?.string == "/v1/entities/agency-detroit-police-department")
    }

    @Test func entitiesFilterByTypeAndQuery() throws {
        let api = try APIHarness()
        let places = try document(api.get("/v1/entities?type=place"))
        #expect(places["entities"]?.array.compactMap { $0["id"]?.string } == ["place-detroit", "place-lansing"])
        let byAlias = try document(api.get("/v1/entities?q=dpd"))
        #expect(byAlias["entities"]?.array.compactMap { $0["id"]?.string } == ["agency-detroit-police-department"])
        let several = try document(api.get("/v1/entities?type=person,agency&q=dug"))
        #expect(several["entities"]?.array.compactMap { $0["id"]?.string } == ["person-duggan", "person-mike-duggan"])
    }

    @Test func entityPaginationWalksToTheEnd() throws {
        let api = try APIHarness(extra: 9)  // adds three policies
        var target: String? = "/v1/entities?limit=2"
        var seen: [String] = []
        while let next = target, seen.count < 100 {
            let response = api.get(next)
            try #require(response.status.code == 200)
            seen += try document(response)["entities"]?.array.compactMap { $0["id"]?.string } ?? []
            target = response.headers["Link"].map { String($0.dropFirst().prefix { $0 != ">" }) }
        }
        let all = try document(api.get("/v1/entities?limit=100"))["entities"]?.array.compactMap { $0["id"]?.string }
        #expect(seen == all)
        #expect(seen.count == 8)
        // Filters are kept in the next link.
        let filtered = api.get("/v1/entities?type=policy&limit=1")
        #expect(filtered.headers["Link"]?.contains("type=policy") == true)
    }

    @Test func entityDetailListsMentionsAcrossArticles() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/entities/agency-detroit-police-department"))
        #expect(doc["name"]?.string == "Detroit Police Department")
        let articles = doc["articles"]?.array ?? []
        #expect(articles.compactMap { $0["article"]?.string } == ["bravo", "alpha"])
        #expect(articles[0]["entities"]?[0]?["id"]?.string == "dpd")
        #expect(articles[1]["entities"]?[0]?["mentions"]?.array.count == 2)
        #expect(doc["next_cursor"] == .null)
        // The alias-named entity's own id finds the same corpus entity.
        #expect(try document(api.get("/v1/entities/agency-dpd"))["id"]?.string == "agency-detroit-police-department")
        let missing = api.get("/v1/entities/person-nobody")
        #expect(missing.status.code == 404)
        #expect(api.get("/v1/entities/place-detroit?offsets=utf8").status.code == 200)
        #expect(api.get("/v1/entities/place-detroit?sort=new").status.code == 400)
        #expect(api.get("/v1/entities/place-detroit?cursor=zz").status.code == 400)
    }

    @Test func entityDetailPagesThroughItsArticles() throws {
        let api = try APIHarness(extra: 9)  // "Road Act 0" is in three filler articles
        var target: String? = "/v1/entities/policy-road-act-0?limit=1"
        var seen: [String] = []
        while let next = target, seen.count < 10 {
            let response = api.get(next)
            try #require(response.status.code == 200)
            let doc = try document(response)
            #expect(doc["articles"]?.array.count == 1)
            seen += doc["articles"]?.array.compactMap { $0["article"]?.string } ?? []
            target = response.headers["Link"].map { String($0.dropFirst().prefix { $0 != ">" }) }
        }
        #expect(seen == ["filler-6", "filler-3", "filler-0"])
    }

    @Test func mergedTimelineInDateOrderWithFilters() throws {
        let api = try APIHarness()
        let all = try document(api.get("/v1/timeline"))
        #expect(all["events"]?.array.compactMap { $0["article"]?.string } == ["charlie", "bravo", "alpha"])
        #expect(all["events"]?[1]?["entities"]?.array == [.string("agency-detroit-police-department")])
        let range = try document(api.get("/v1/timeline?from=2025-01-15&to=2025-02"))
        #expect(range["events"]?.array.compactMap { $0["date"]?.string } == ["2025-01", "2025-02"])
        let only2025 = try document(api.get("/v1/timeline?from=2025"))
        #expect(only2025["events"]?.array.count == 2)
        let before = try document(api.get("/v1/timeline?to=2024-12"))
        #expect(before["events"]?.array.compactMap { $0["article"]?.string } == ["charlie"])
        let police = try document(api.get("/v1/timeline?entity=agency-detroit-police-department"))
        #expect(police["events"]?.array.compactMap { $0["article"]?.string } == ["bravo", "alpha"])
        let paged = api.get("/v1/timeline?limit=2")
        let cursor = try #require(try document(paged)["next_cursor"]?.string)
        let rest = try document(api.get("/v1/timeline?limit=2&cursor=" + cursor))
        #expect(rest["events"]?.array.compactMap { $0["article"]?.string } == ["alpha"])
        #expect(rest["next_cursor"] == .null)
    }

    static let badTimelineQueries: [(String, String)] = [
        ("/v1/timeline?from=2025-13", "from"), ("/v1/timeline?from=yesterday", "from"), ("/v1/timeline?to=2025-02-30", "to"),
        ("/v1/timeline?from=2025-03&to=2025-01", "to"), ("/v1/timeline?entity=person-nobody", "entity"),
        ("/v1/timeline?limit=-5", "limit"), ("/v1/timeline?sort=asc", "sort"), ("/v1/timeline?cursor=00", "cursor"),
        ("/v1/entities?type=org", "type"), ("/v1/entities?limit=1000", "limit"), ("/v1/entities?cursor=abc", "cursor"),
        ("/v1/entities?q=", "q"), ("/v1/search", "q"), ("/v1/search?q=%20", "q"), ("/v1/search?q=the", "q"),
        ("/v1/search?q=police&limit=0", "limit"), ("/v1/search?q=police&page=2", "page"),
    ]

    @Test(arguments: badTimelineQueries) func badCorpusQueryIs400NamingTheParameter(_ item: (String, String)) throws {
        let api = try APIHarness()
        let response = api.get(item.0)
        #expect(response.status.code == 400, "\(item.0)")
        #expect(try document(response)["invalid_params"]?.array.compactMap { $0["name"]?.string }.contains(item.1) == true, "\(item.0)")
    }

    @Test func searchRanksAndHighlights() throws {
        let api = try APIHarness()
        let doc = try document(api.get("/v1/search?q=Lansing+rain"))
        #expect(doc["query"]?.string == "Lansing rain")
        let results = doc["results"]?.array ?? []
        #expect(results.compactMap { $0["id"]?.string } == ["charlie"])
        let snippet = try #require(results.first?["snippet"]?.string)
        #expect(snippet.contains("<mark>Lansing</mark>"))
        #expect(snippet.contains("<mark>Rain</mark>"))
        let police = try document(api.get("/v1/search?q=police"))
        let ranked = police["results"]?.array ?? []
        #expect(Set(ranked.compactMap { $0["id"]?.string }) == ["alpha", "bravo"])
        let scores = ranked.compactMap { result -> Double? in
            guard case .number(let n)? = result["score"] else { return nil }
            return n
        }
        #expect(scores == scores.sorted(by: >))
        #expect(try document(api.get("/v1/search?q=police&limit=1"))["results"]?.array.count == 1)
        #expect(try document(api.get("/v1/search?q=zeppelin"))["results"]?.array.isEmpty == true)
        let unicode = try document(api.get("/v1/search?q=D%C3%A9troit"))
        #expect(unicode["results"]?[0]?["snippet"]?.string?.contains("<mark>Détroit</mark>") == true)
    }
}
