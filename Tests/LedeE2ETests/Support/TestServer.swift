import Glibc
import LedeHTTP
import LedeNet
import Logging

/// Answers by path, for end-to-end tests of the connection layer:
/// `/big` is 10 MB, `/echo` returns the request body, anything else a short text naming
/// the path and method.
struct TestResponder: HTTPResponder {
    static let bigBody = [UInt8](repeating: UInt8(ascii: "x"), count: 10 * 1024 * 1024)
    var tag = "v1"

    func respond(to request: HTTPRequest) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain")
        switch request.path {
        case "/big":
            return HTTPResponse(status: HTTPStatus(code: 200), headers: headers, body: Self.bigBody)
        case "/echo":
            return HTTPResponse(status: HTTPStatus(code: 200), headers: headers, body: request.body)
        default:
            return HTTPResponse(status: HTTPStatus(code: 200), headers: headers, body: Array("\(tag) \(request.method) \(request.path)".utf8))
        }
    }
}

/// An in-process server on 127.0.0.1, an ephemeral port, stopped by `shutdown()`.
final class TestServer {
    let server: HTTPServer
    let port: Int

    init(responder: any HTTPResponder = TestResponder(), configure: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.workers = 2
        configure(&configuration)
        var logger = Logger(label: "test")
        logger.logLevel = .error
        server = try HTTPServer(configuration: configuration, responder: responder, logger: logger)
        port = try server.start()
    }

    func client(timeoutSeconds: Int = 20) throws -> RawClient {
        try RawClient(port: port, timeoutSeconds: timeoutSeconds)
    }

    func shutdown() {
        server.shutdown()
    }

    /// Polls `condition` every 10 ms for up to `seconds`; false if it never held.
    static func eventually(seconds: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Posix.monotonicMilliseconds() + Int64(seconds * 1000)
        while Posix.monotonicMilliseconds() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
