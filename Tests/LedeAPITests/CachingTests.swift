import LedeHTTP
import LedeStore
import LedeSystem
import Testing

@Suite struct CachingTests {
    static let paths = ["/v1/articles/alpha", "/v1/articles/alpha/entities", "/v1/articles/alpha/timeline",
                        "/v1/articles/alpha/entities?format=displacy", "/v1/articles/alpha/timeline?format=timelinejs",
                        "/v1/articles/alpha/entities?type=agency", "/v1/articles", "/v1/entities", "/v1/entities/place-detroit",
                        "/v1/timeline", "/v1/search?q=police"]

    @Test(arguments: paths) func everyGETHasAStrongETagAndRevalidates(_ path: String) throws {
        let api = try APIHarness()
        let response = api.get(path)
        #expect(response.status.code == 200)
        let etag = try #require(response.headers["ETag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
        #expect(response.headers["Cache-Control"] == "no-cache")
        #expect(response.headers["Vary"] == "Accept-Encoding")
        #expect(api.get(path).headers["ETag"] == etag)  // deterministic
        for header in [etag, "\"other\", " + etag, "W/" + etag, "*"] {
            let revalidated = api.get(path, headers: [("If-None-Match", header)])
            #expect(revalidated.status.code == 304, "\(header)")
            #expect(revalidated.body.isEmpty)
            #expect(revalidated.headers["ETag"] == etag)
        }
        #expect(api.get(path, headers: [("If-None-Match", "\"stale\"")]).status.code == 200)
    }

    @Test func etagChangesWhenTheArticleChanges() throws {
        let api = try APIHarness()
        let before = try #require(api.get("/v1/articles/alpha").headers["ETag"])
        let put = api.request(.put, "/v1/articles/alpha", headers: [api.auth], body: #"{"title":"Mayor meets police","body":"New text."}"#)
        #expect(put.status.code == 200)
        let after = api.get("/v1/articles/alpha", headers: [("If-None-Match", before)])
        #expect(after.status.code == 200)
        #expect(after.headers["ETag"] != before)
    }

    static let encodings: [(String?, Bool)] = [
        ("gzip", true), ("gzip, deflate, br", true), ("br;q=1.0, gzip;q=0.8", true), ("GZIP", true), ("x-gzip", true),
        ("gzip;q=0", false), ("identity", false), (nil, false), ("*", true), ("*;q=0", false), ("*, gzip;q=0", false),
        ("deflate", false),
    ]

    @Test(arguments: encodings) func gzipFollowsAcceptEncoding(_ item: (String?, Bool)) throws {
        let api = try APIHarness()
        let headers = item.0.map { [("Accept-Encoding", $0)] } ?? []
        let plain = api.get("/v1/articles/alpha")
        let response = api.get("/v1/articles/alpha", headers: headers)
        #expect(response.status.code == 200)
        #expect((response.headers["Content-Encoding"] == "gzip") == item.1, "\(item.0 ?? "none")")
        if item.1 {
            #expect(Gzip.decompress(response.body) == plain.body)
            #expect(response.headers["ETag"] != plain.headers["ETag"])
            let tag = try #require(response.headers["ETag"])
            #expect(api.get("/v1/articles/alpha", headers: headers + [("If-None-Match", tag)]).status.code == 304)
        } else {
            #expect(response.body == plain.body)
        }
    }

    @Test func dynamicResponsesAreCompressedToo() throws {
        let api = try APIHarness(extra: 30)
        let response = api.get("/v1/articles?limit=30", headers: [("Accept-Encoding", "gzip")])
        #expect(response.headers["Content-Encoding"] == "gzip")
        #expect(try document(response)["articles"]?.array.count == 30)
    }
}
