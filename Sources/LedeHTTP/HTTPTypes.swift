/// A request method. The common ones are cases so routing never compares strings.
package enum HTTPMethod: Hashable, Sendable, CustomStringConvertible {
    case get, head, post, put, patch, delete, options, trace, connect
    case other(String)

    package init(token: String) {
        switch token {
        case "GET": self = .get
        case "HEAD": self = .head
        case "POST": self = .post
        case "PUT": self = .put
        case "PATCH": self = .patch
        case "DELETE": self = .delete
        case "OPTIONS": self = .options
        case "TRACE": self = .trace
        case "CONNECT": self = .connect
        default: self = .other(token)
        }
    }

    package var description: String {
        switch self {
        case .get: "GET"
        case .head: "HEAD"
        case .post: "POST"
        case .put: "PUT"
        case .patch: "PATCH"
        case .delete: "DELETE"
        case .options: "OPTIONS"
        case .trace: "TRACE"
        case .connect: "CONNECT"
        case .other(let token): token
        }
    }
}

/// HTTP-version from the request line (RFC 9112 §2.3).
package struct HTTPVersion: Hashable, Sendable, CustomStringConvertible {
    package var major: Int
    package var minor: Int
    package init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }
    package static let http1_0 = HTTPVersion(major: 1, minor: 0)
    package static let http1_1 = HTTPVersion(major: 1, minor: 1)
    package var description: String { "HTTP/\(major).\(minor)" }
}

/// A response status code with its reason phrase.
package struct HTTPStatus: Hashable, Sendable {
    package var code: Int
    package var reason: String
    package init(code: Int, reason: String) {
        self.code = code
        self.reason = reason
    }
}

/// Header fields in arrival order; lookups are case-insensitive (RFC 9110 §5.1).
/// Duplicates are kept: `values(for:)` returns all of them.
package struct HTTPHeaders: Sendable, Sequence {
    package private(set) var fields: [(name: String, value: String)] = []

    package init() {}
    package init(_ fields: [(String, String)]) {
        for (name, value) in fields { add(name: name, value: value) }
    }

    package mutating func add(name: String, value: String) { fields.append((name, value)) }

    /// Reserves room for `count` fields, so the parser fills a request's headers in one allocation.
    package mutating func reserveCapacity(_ count: Int) { fields.reserveCapacity(count) }

    /// Replaces every field of that name with one field.
    package mutating func set(name: String, value: String) {
        remove(name: name)
        add(name: name, value: value)
    }

    package mutating func remove(name: String) {
        fields.removeAll { Self.equalsIgnoringCase($0.name, name) }
    }

    /// The first value of the field, if present.
    package subscript(name: String) -> String? {
        fields.first { Self.equalsIgnoringCase($0.name, name) }?.value
    }

    package func values(for name: String) -> [String] {
        fields.filter { Self.equalsIgnoringCase($0.name, name) }.map(\.value)
    }

    package func contains(_ name: String) -> Bool { self[name] != nil }

    package var count: Int { fields.count }

    package func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// ASCII case-insensitive comparison; field names are ASCII tokens.
    package static func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where p != q {
            let lp = p | 0x20, lq = q | 0x20
            guard lp == lq, lp >= UInt8(ascii: "a"), lp <= UInt8(ascii: "z") else { return false }
        }
        return true
    }
}
