/// Appends JSON text to a byte buffer without building an intermediate tree.
///
/// Views render a snapshot's documents once at build time, so this is not on the
/// per-request path; it still avoids Foundation because a 10,000-article corpus renders
/// several documents per article during start-up.
package struct JSONWriter: Sendable {
    package private(set) var bytes: [UInt8]
    // One flag per open container: whether the next member needs a leading comma.
    private var needsComma: [Bool] = []

    package init(capacity: Int = 256) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    package mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    package mutating func endObject() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "}"))
    }

    package mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    package mutating func endArray() {
        needsComma.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    /// Writes `"name":` inside an object; the value call that follows supplies the value.
    package mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        // The value that follows must not add a comma of its own.
        pendingValueAfterKey = true
    }

    private var pendingValueAfterKey = false

    // MARK: Values

    package mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    package mutating func int(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a finite double with up to `digits` fractional digits, trailing zeros trimmed.
    package mutating func double(_ value: Double, digits: Int = 4) {
        separate()
        guard value.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if text.hasSuffix(".0") { text.removeLast(2) }
        if text == "-0" { text = "0" }
        bytes.append(contentsOf: text.utf8)
    }

    package mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    package mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes an optional string as `null` when absent.
    package mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Splices already-rendered JSON (a pre-rendered fragment) as one value.
    package mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
    }

    // MARK: Convenience

    package mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    package mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    package mutating func field(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    package mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    package mutating func field(_ name: String, _ value: Double) {
        key(name)
        double(value)
    }

    // MARK: Internals

    private mutating func separate() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            return
        }
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] {
            bytes.append(UInt8(ascii: ","))
        } else {
            needsComma[needsComma.count - 1] = true
        }
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        JSONWriter.appendEscaped(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Escapes per RFC 8259 §7: quote, backslash and control characters. Also escapes
    /// U+2028/U+2029 so the output is safe to embed in JavaScript.
    package static func appendEscaped(_ value: String, to out: inout [UInt8]) {
        let utf8 = Array(value.utf8)
        // Runs of bytes that need no escape (nearly all of a text) are copied in one
        // append each: a per-byte append pays a uniqueness and capacity check per byte,
        // which made escaping article bodies a tenth of start-up.
        var run = 0
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0xE2 {
                index += 1
                continue
            }
            if byte == 0xE2, !(index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)) {
                index += 1
                continue
            }
            if run < index { out.append(contentsOf: utf8[run..<index]) }
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0xE2:
                appendUnicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                index += 2
            default: appendUnicodeEscape(UInt32(byte), to: &out)
            }
            index += 1
            run = index
        }
        if run < utf8.count { out.append(contentsOf: utf8[run..<utf8.count]) }
    }

    private static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        let v = Int(value)
        out.append(contentsOf: [
            0x5C, UInt8(ascii: "u"), hex[(v >> 12) & 0xF], hex[(v >> 8) & 0xF], hex[(v >> 4) & 0xF], hex[v & 0xF],
        ])
    }
}
