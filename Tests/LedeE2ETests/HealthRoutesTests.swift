import LedeAPI
import LedeHTTP
import LedeNet
import Testing

/// The probe routes over a real connection, through every readiness state.
@Suite(.serialized)
struct HealthRoutesTests {
    @Test func readinessFollowsLoadingReadyDraining() throws {
        let readiness = Readiness()
        var router = Router()
        HealthRoutes.register(on: &router, readiness: readiness)
        let server = try TestServer(responder: router)
        defer { server.shutdown() }
        let client = try server.client()

        func probe(_ path: String) throws -> RawResponse {
            try client.send(get(path))
            return try client.readResponse()
        }
        for path in ["/healthz", "/livez"] {
            let response = try probe(path)
            #expect(response.status == 200)
            #expect(response.bodyText == #"{"status":"ok"}"#)
            #expect(response.header("Content-Type") == "application/json")
            #expect(response.header("Cache-Control") == "no-store")
        }
        let loading = try probe("/readyz")
        #expect(loading.status == 503)
        #expect(loading.bodyText == #"{"status":"loading"}"#)
        #expect(loading.header("Content-Type") == "application/json")
        #expect(loading.header("Cache-Control") == "no-store")

        readiness.markLoaded()
        let ready = try probe("/readyz")
        #expect(ready.status == 200)
        #expect(ready.bodyText == #"{"status":"ready"}"#)

        readiness.markDraining()
        let draining = try probe("/readyz")
        #expect(draining.status == 503)
        #expect(draining.bodyText == #"{"status":"draining"}"#)
        #expect(try probe("/healthz").status == 200)  // still alive while draining

        try client.send("HEAD /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        let head = try client.readResponse(bodyExpected: false)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == "15")
    }
}
