/// Serialises response heads (RFC 9112 §4, §6.2; RFC 9110 §6.6).
///
/// The writer owns framing and connection management: `Content-Length`, `Transfer-Encoding`,
/// `Connection`, `Date` and `Server` set by a handler are dropped and written here instead,
/// so a handler can never produce a mis-framed response. A handler field whose name is not
/// a token or whose value contains CR, LF, NUL or another control character (other than
/// HTAB) is dropped, never emitted: header injection cannot reach the wire.
package enum HTTPResponseHead {
    /// `HTTP/1.1 100 Continue` and the empty line, for `HTTPParseResult.expectContinue`.
    package static let continueBytes: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// The value of the `Server` field.
    package static let serverName = "lede"

    /// Appends the status line and header section for `response` to `out`.
    ///
    /// - `version`: the request's version. The status line is always `HTTP/1.1` (RFC 9110
    ///   §6.2: the highest version we conform to within the request's major version); an
    ///   HTTP/1.0 request that stays open gets `Connection: keep-alive`.
    /// - `keepAlive`: whether the connection stays open after this response; false adds
    ///   `Connection: close`.
    /// - `date`: the IMF-fixdate for `Date` (see `HTTPDateCache`).
    ///
    /// `Content-Length` is `response.body.count`, also for HEAD (the connection then sends
    /// no body), and is omitted for 1xx, 204 and 304, which never carry content.
    package static func write(
        _ response: HTTPResponse, version: HTTPVersion, keepAlive: Bool, date: String, into out: inout [UInt8]
    ) {
        let status = response.status
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        appendDecimal(status.code, to: &out)
        out.append(ByteClass.sp)
        for byte in status.reason.utf8 where byte >= 0x20 && byte != 0x7F { out.append(byte) }
        appendLineEnd(&out)
        for field in response.headers.fields where isEmittable(field) {
            out.append(contentsOf: field.name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: field.value.utf8)
            appendLineEnd(&out)
        }
        if status.allowsContent {
            out.append(contentsOf: "Content-Length: ".utf8)
            appendDecimal(response.body.count, to: &out)
            appendLineEnd(&out)
        }
        if !keepAlive {
            out.append(contentsOf: "Connection: close\r\n".utf8)
        } else if version == .http1_0 {
            out.append(contentsOf: "Connection: keep-alive\r\n".utf8)
        }
        out.append(contentsOf: "Date: ".utf8)
        out.append(contentsOf: date.utf8)
        appendLineEnd(&out)
        out.append(contentsOf: "Server: \(serverName)\r\n\r\n".utf8)
    }

    /// Fields the writer owns; a handler's copy of them is dropped.
    private static let ownedFields = ["content-length", "transfer-encoding", "connection", "date", "server"]

    private static func isEmittable(_ field: (name: String, value: String)) -> Bool {
        guard !field.name.isEmpty, field.name.utf8.allSatisfy(ByteClass.isToken) else { return false }
        guard field.value.utf8.allSatisfy({ ByteClass.isFieldVChar($0) || $0 == ByteClass.sp || $0 == ByteClass.htab })
        else { return false }
        return !ownedFields.contains { HTTPHeaders.equalsIgnoringCase($0, field.name) }
    }

    private static func appendLineEnd(_ out: inout [UInt8]) {
        out.append(ByteClass.cr)
        out.append(ByteClass.lf)
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value > 0 else {
            out.append(UInt8(ascii: "0"))
            return
        }
        var digits = 0
        var rest = value
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let start = out.count
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        rest = value
        var index = start + digits - 1
        while rest > 0 {
            out[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
    }
}
