import LedeNet
import Testing

/// `lede health --url`: which URLs the probe accepts and how they split.
@Suite struct HealthProbeTargetTests {
    @Test(arguments: [
        ("http://127.0.0.1:8080/readyz", "127.0.0.1", 8080, "/readyz"),
        ("http://localhost/livez", "localhost", 80, "/livez"),
        ("http://[::1]:9000/readyz?full=1", "::1", 9000, "/readyz?full=1"),
        ("http://example.test:81", "example.test", 81, "/"),
        ("http://h:1?x", "h", 1, "/?x"),
    ])
    func accepted(url: String, host: String, port: Int, path: String) throws {
        let target = try #require(HealthProbe.Target(url: url))
        #expect(target.host == host && target.port == port && target.path == path)
    }

    @Test(arguments: ["https://127.0.0.1/readyz", "127.0.0.1:8080", "http://:80/", "http://h:0/", "http://h:99999/", "http://h:x/", "http://[::1/"])
    func refused(url: String) {
        #expect(HealthProbe.Target(url: url) == nil)
    }

    @Test func aClosedPortIsAFailureNotAHang() {
        let target = HealthProbe.Target(url: "http://127.0.0.1:1/readyz")!
        #expect(throws: HealthProbe.Failure.self) { try HealthProbe.status(of: target, timeoutMilliseconds: 2000) }
    }
}
