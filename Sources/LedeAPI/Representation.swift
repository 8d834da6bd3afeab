import LedeHTTP
import LedeStore

/// Turns a rendered body into the response a GET deserves: a strong ETag, `304` when
/// `If-None-Match` matches, `Cache-Control: no-cache` (clients may store, but must
/// revalidate, which costs them a 304), and the gzip form when `Accept-Encoding` allows.
enum Representation {
    static let jsonType = "application/json; charset=utf-8"

    static func respond(_ body: RenderedBody, to request: HTTPRequest, status: HTTPStatus = .ok, headers extra: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        // Only a client that takes gzip reads `gzip`: for a lazily compressed body that
        // read compresses it (once), and identity-only clients must not pay for it.
        let packed = acceptsGzip(request.headers) ? body.gzip : nil
        let etag = packed != nil ? body.gzipETag : body.etag
        var headers = extra
        headers.add(name: "ETag", value: etag)
        headers.add(name: "Cache-Control", value: "no-cache")
        headers.add(name: "Vary", value: "Accept-Encoding")
        if status == .ok, let condition = request.headers["If-None-Match"], matches(condition, etag: etag) {
            return HTTPResponse(status: .notModified, headers: headers)
        }
        headers.add(name: "Content-Type", value: jsonType)
        if let packed {
            headers.add(name: "Content-Encoding", value: "gzip")
            return HTTPResponse(status: status, headers: headers, body: packed)
        }
        return HTTPResponse(status: status, headers: headers, body: body.bytes)
    }

    /// Renders per request (filtered views, corpus-wide queries); compresses only when
    /// this client can use it.
    static func respond(rendering bytes: [UInt8], to request: HTTPRequest, status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders()) -> HTTPResponse {
        respond(RenderedBody(bytes, compress: acceptsGzip(request.headers)), to: request, status: status, headers: headers)
    }

    /// `If-None-Match` (RFC 9110 §13.1.2): `*` or a list of entity tags, compared weakly.
    static func matches(_ header: String, etag: String) -> Bool {
        let wanted = etag
        for raw in header.split(separator: ",") {
            var tag = raw.trimmingASCIISpaces
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            if tag == wanted { return true }
        }
        return false
    }

    /// Whether gzip is acceptable (RFC 9110 §12.5.3): listed with q > 0, or covered by
    /// `*` with q > 0 and not refused by name. `x-gzip` is gzip.
    static func acceptsGzip(_ headers: HTTPHeaders) -> Bool {
        var named: Double?
        var wildcard: Double?
        for value in headers.values(for: "Accept-Encoding") {
            for item in value.split(separator: ",") {
                let parts = item.split(separator: ";")
                guard let first = parts.first else { continue }
                let coding = first.trimmingASCIISpaces.lowercased()
                var q = 1.0
                for parameter in parts.dropFirst() {
                    let pair = parameter.trimmingASCIISpaces
                    if pair.lowercased().hasPrefix("q=") { q = Double(pair.dropFirst(2)) ?? 0 }
                }
                if coding == "gzip" || coding == "x-gzip" { named = max(named ?? 0, q) } else if coding == "*" { wildcard = q }
            }
        }
        if let named { return named > 0 }
        return (wildcard ?? 0) > 0
    }
}

extension StringProtocol {
    var trimmingASCIISpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}

/// Percent-encoding for query values in the `Link` header's URLs.
enum URLEncoding {
    static func queryValue(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ","):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (byte < 16 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// `path?name=value&…` with the values encoded; nil values are left out.
    static func url(_ path: String, _ query: [(String, String?)]) -> String {
        let items = query.compactMap { name, value in value.map { name + "=" + queryValue($0) } }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }
}
