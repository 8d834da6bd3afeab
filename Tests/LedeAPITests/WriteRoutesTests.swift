import FoundationEssentials
import LedeExtract
import LedeHTTP
import LedeStore
import Testing

@Suite struct WriteRoutesTests {
    static let article = #"{"id":"delta","title":"Delta story","body":"Delta happened in Flint.","published":"2025-04-02","source":"Example"}"#

    @Test func writesAreForbiddenWithoutAConfiguredToken() throws {
        let api = try APIHarness(token: nil)
        for (method, path) in [(HTTPMethod.post, "/v1/articles"), (.put, "/v1/articles/alpha"), (.delete, "/v1/articles/alpha")] {
            let response = api.request(method, path, headers: [api.auth], body: Self.article)
            #expect(response.status.code == 403)
            #expect(try document(response)["detail"]?.string?.contains("LEDE_WRITE_TOKEN") == true)
        }
    }

    @Test func missingOrWrongTokenIs401WithAChallenge() throws {
        let api = try APIHarness()
        for headers in [[], [("Authorization", "Bearer wrong")], [("Authorization", "Basic czNjcmV0")], [("Authorization", "Bearer s3cre")]] {
            let response = api.request(.post, "/v1/articles", headers: headers, body: Self.article)
            #expect(response.status.code == 401)
            #expect(response.headers["WWW-Authenticate"]?.hasPrefix("Bearer") == true)
            #expect(response.headers["Content-Type"] == "application/problem+json")
        }
        #expect(api.get("/v1/articles/delta").status.code == 404)
    }

    @Test func createReturns201WithLocationAndExtractionThenServesIt() throws {
        let api = try APIHarness()
        let response = api.request(.post, "/v1/articles", headers: [api.auth], body: Self.article)
        #expect(response.status.code == 201)
        #expect(response.headers["Location"] == "/v1/articles/delta")
        let doc = try document(response)
        #expect(doc["article"]?["id"]?.string == "delta")
        #expect(doc["article"]?["body"]?.string == "Delta happened in Flint.")
        #expect(doc["entities"]?["article"]?.string == "delta")
        #expect(doc["timeline"]?["events"] != nil)
        // Published: the new router serves it, the listing and search include it, and it is on disk.
        #expect(api.get("/v1/articles/delta").status.code == 200)
        #expect(try document(api.get("/v1/articles"))["articles"]?[0]?["id"]?.string == "delta")
        #expect(try document(api.get("/v1/search?q=flint"))["results"]?[0]?["id"]?.string == "delta")
        let onDisk = try #require(FileManager.default.contents(atPath: api.folder + "/delta.json"))
        #expect(try JSONParser.parse(Array(onDisk))["title"]?.string == "Delta story")
        // Same id again: conflict.
        let again = api.request(.post, "/v1/articles", headers: [api.auth], body: Self.article)
        #expect(again.status.code == 409)
    }

    @Test func createDerivesTheIdFromTheTitle() throws {
        let api = try APIHarness()
        let response = api.request(.post, "/v1/articles", headers: [api.auth], body: #"{"title":"Snow in Marquette!","body":"Cold."}"#)
        #expect(response.status.code == 201)
        #expect(response.headers["Location"] == "/v1/articles/snow-in-marquette")
    }

    static let invalidBodies: [(String, Int, [String])] = [
        ("{\"title\": ", 400, []),
        ("[1]", 422, ["(body)"]),
        (#"{"title":"","body":"x"}"#, 422, ["title"]),
        (#"{"body":"x","published":"March","url":"nope","extra":1}"#, 422, ["title", "published", "url", "extra"]),
        (#"{"id":"Bad Id","title":"t","body":"b"}"#, 422, ["id"]),
        (#"{"title":5,"body":["x"]}"#, 422, ["title", "body"]),
    ]

    @Test(arguments: invalidBodies) func invalidBodiesNameTheirFields(_ item: (String, Int, [String])) throws {
        let api = try APIHarness()
        let response = api.request(.post, "/v1/articles", headers: [api.auth], body: item.0)
        #expect(response.status.code == item.1, "\(item.0)")
        let names = try document(response)["invalid_params"]?.array.compactMap { $0["name"]?.string } ?? []
        #expect(Set(item.2).isSubset(of: Set(names)), "\(names)")
    }

    @Test func nonJSONIs415AndTooLargeIs413() throws {
        let api = try APIHarness()
        let text = api.request(.post, "/v1/articles", headers: [api.auth, ("Content-Type", "text/plain")], body: Self.article)
        #expect(text.status.code == 415)
        let none = api.request(.post, "/v1/articles", headers: [api.auth], body: Self.article, json: false)
        #expect(none.status.code == 415)
        let charset = api.request(.post, "/v1/articles", headers: [api.auth, ("Content-Type", "application/json; charset=utf-8")], body: Self.article)
        #expect(charset.status.code == 201)
        let huge = #"{"title":"Big","body":""# + String(repeating: "a", count: 600 * 1024) + #""}"#
        #expect(api.request(.post, "/v1/articles", headers: [api.auth], body: huge).status.code == 413)
    }

    @Test func replaceAndDelete() throws {
        let api = try APIHarness()
        let put = api.request(.put, "/v1/articles/alpha", headers: [api.auth], body: #"{"title":"Mayor meets police, updated","body":"Updated body.","published":"2025-03"}"#)
        #expect(put.status.code == 200)
        #expect(try document(api.get("/v1/articles/alpha"))["title"]?.string == "Mayor meets police, updated")
        #expect(api.request(.put, "/v1/articles/zulu", headers: [api.auth], body: #"{"title":"t","body":"b"}"#).status.code == 404)
        let mismatch = api.request(.put, "/v1/articles/alpha", headers: [api.auth], body: #"{"id":"bravo","title":"t","body":"b"}"#)
        #expect(mismatch.status.code == 422)
        #expect(try document(mismatch)["invalid_params"]?[0]?["name"]?.string == "id")

        let delete = api.request(.delete, "/v1/articles/charlie", headers: [api.auth])
        #expect(delete.status.code == 204)
        #expect(delete.body.isEmpty)
        #expect(api.get("/v1/articles/charlie").status.code == 404)
        #expect(api.request(.delete, "/v1/articles/charlie", headers: [api.auth]).status.code == 404)
        #expect(!FileManager.default.fileExists(atPath: api.folder + "/charlie.json"))
        #expect(try document(api.get("/v1/entities?type=place"))["entities"]?.array.count == 1)

        // A reload from disk sees exactly what the API acknowledged.
        let (reloaded, problems) = try Store.open(directory: api.folder, extractor: .init(), workers: 1)
        #expect(problems.isEmpty)
        #expect(reloaded.snapshot.record(id: "alpha")?.article.body == "Updated body.")
        #expect(reloaded.snapshot.count == 2)
    }

    @Test func unknownMethodOnAnArticleIs405() throws {
        let api = try APIHarness()
        let response = api.request(.patch, "/v1/articles/alpha", headers: [api.auth], body: "{}")
        #expect(response.status.code == 405)
        #expect(response.headers["Allow"]?.contains("PUT") == true)
    }
}
