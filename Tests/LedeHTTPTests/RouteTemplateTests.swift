import LedeHTTP
import Testing

/// `HTTPResponse.route`: the template the router matched, for logs and metrics.
@Suite struct RouteTemplateTests {
    @Test(arguments: [
        (HTTPMethod.get, "/v1/articles/abc", "/v1/articles/{id}"),
        (.head, "/v1/articles/abc", "/v1/articles/{id}"),  // HEAD runs the GET route
        (.get, "/v1/articles/search?q=x", "/v1/articles/search"),
        (.get, "/v1/problem", "/v1/problem"),  // a problem thrown by a matched route keeps it
        (.delete, "/v1/articles/abc", "/v1/articles/{id}"),
    ])
    func matchedRoutesReportTheirTemplate(method: HTTPMethod, target: String, template: String) {
        #expect(echoRouter().respond(to: request(method, target)).route == template)
    }

    @Test(arguments: [
        (HTTPMethod.get, "/nope"),  // 404
        (.patch, "/v1/articles"),  // 405
        (.get, "/v1/articles/%zz"),  // 400: bad escape
        (.options, "*"),
    ])
    func unmatchedRequestsReportNone(method: HTTPMethod, target: String) {
        #expect(echoRouter().respond(to: request(method, target)).route == nil)
    }
}
