import CLinux
import Glibc
import LedeHTTP

/// What the first byte a client sent on the TLS port says it is speaking, read with
/// `MSG_PEEK` so the byte stays in the socket for OpenSSL (nginx's `ngx_http_ssl_handshake`).
package enum TLSFirstByte: Equatable, Sendable {
    /// A TLS handshake record (content type 22, RFC 8446 §5.1): start the handshake.
    case tls
    /// An uppercase letter, the first byte of an HTTP method: answer `badRequestResponse`.
    case plainHTTP
    /// Anything else: close without a word.
    case garbage
    /// Nothing has arrived yet: wait for readability.
    case wantRead
    /// The client closed before sending anything.
    case closed
    /// The socket failed (errno).
    case failed(Int32)

    /// Classifies a byte already read.
    package static func classify(_ byte: UInt8) -> TLSFirstByte {
        if byte == 0x16 { return .tls }
        if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return .plainHTTP }
        return .garbage
    }

    /// Peeks at the first byte of a non-blocking socket without consuming it.
    package static func peek(fd: Int32) -> TLSFirstByte {
        var byte: UInt8 = 0
        while true {
            let n = recv(fd, &byte, 1, Int32(MSG_PEEK))
            if n == 1 { return classify(byte) }
            if n == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wantRead
            default: return .failed(errno)
            }
        }
    }

    /// The complete response for plain HTTP sent to the TLS port: a `400` problem document
    /// (nginx answers the same status with "The plain HTTP request was sent to HTTPS port"),
    /// then the connection closes.
    package static let badRequestResponse: [UInt8] = {
        let problem = Problem(
            status: 400, title: "Bad Request",
            detail: "A plain HTTP request was sent to the HTTPS port; use https://.")
        let body = problem.response.body
        let head =
            "HTTP/1.1 400 Bad Request\r\n" + "Content-Type: application/problem+json\r\n"
            + "Content-Length: \(body.count)\r\n" + "Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }()
}
