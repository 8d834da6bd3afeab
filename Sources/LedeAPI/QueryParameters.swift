import LedeExtract
import LedeHTTP
import LedeStore

/// Reads and validates a request's query against the parameters an endpoint accepts.
/// Every problem is collected, then `finish()` throws one 400 naming them all: a client
/// fixing its request should not have to discover its mistakes one round trip at a time.
struct QueryParameters {
    private var values: [String: String] = [:]
    private var problems: [(name: String, reason: String)] = []

    init(_ request: Request, allowed: [String]) {
        var seen: Set<String> = []
        for (name, value) in request.query {
            if !allowed.contains(name) {
                let known = allowed.isEmpty ? "this endpoint takes no query parameters" : "allowed: " + allowed.joined(separator: ", ")
                problems.append((name, "unknown parameter (\(known))"))
            } else if !seen.insert(name).inserted {
                problems.append((name, "given more than once"))
            } else {
                values[name] = value
            }
        }
    }

    mutating func fail(_ name: String, _ reason: String) { problems.append((name, reason)) }

    func string(_ name: String) -> String? { values[name] }

    /// An integer in `1...max`, `fallback` when absent.
    mutating func limit(default fallback: Int, max: Int) -> Int {
        guard let text = values["limit"] else { return fallback }
        guard let value = Int(text), value >= 1, value <= max else {
            fail("limit", "must be an integer from 1 to \(max)")
            return fallback
        }
        return value
    }

    /// A comma-separated list of entity types; nil when absent (all types).
    mutating func types() -> Set<EntityType>? {
        guard let text = values["type"] else { return nil }
        var types: Set<EntityType> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let type = EntityType(rawValue: String(part)) else {
                let known = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
                fail("type", "unknown type \"\(part)\" (known: \(known); separate several with commas)")
                return nil
            }
            types.insert(type)
        }
        return types
    }

    mutating func offsets() -> OffsetUnit {
        guard let text = values["offsets"] else { return .codepoint }
        guard let unit = OffsetUnit(rawValue: text) else {
            fail("offsets", "must be codepoint, utf8 or utf16")
            return .codepoint
        }
        return unit
    }

    /// `format`: nil for the default JSON, else one of `choices`.
    mutating func format(_ choices: [String]) -> String? {
        guard let text = values["format"], text != "json" else { return nil }
        guard choices.contains(text) else {
            fail("format", "must be json or " + choices.joined(separator: ", "))
            return nil
        }
        return text
    }

    /// A cursor this server issued; nil when absent.
    mutating func cursor() -> [String]? {
        guard let text = values["cursor"] else { return nil }
        guard let fields = Cursor.decode(text) else {
            fail("cursor", "is not a cursor from this API (pass next_cursor back unchanged)")
            return nil
        }
        return fields
    }

    /// An ISO 8601 date, year-month or year.
    mutating func date(_ name: String) -> PartialDate? {
        guard let text = values[name] else { return nil }
        guard let date = PartialDate(iso: text), date.description == text else {
            fail(name, "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return date
    }

    func finish() throws(Problem) {
        guard problems.isEmpty else { throw APIProblem.invalidParams(problems) }
    }
}

/// Opaque pagination cursors: the sort key of the last item served, hex-encoded. A key
/// (not a position) keeps pages stable when articles are added or removed in between.
enum Cursor {
    private static let version = "c1"
    private static let separator: Character = "\u{1F}"

    static func encode(_ fields: [String]) -> String {
        let text = ([version] + fields).joined(separator: String(separator))
        var out = ""
        for byte in text.utf8 {
            let hex = String(byte, radix: 16)
            out += byte < 16 ? "0" + hex : hex
        }
        return out
    }

    static func decode(_ text: String) -> [String]? {
        let digits = Array(text.utf8)
        guard !digits.isEmpty, digits.count % 2 == 0, digits.count <= 2048 else { return nil }
        var bytes: [UInt8] = []
        var index = 0
        while index < digits.count {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
            index += 2
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
        let fields = decoded.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard fields.first == version else { return nil }
        return Array(fields.dropFirst())
    }
}
