/// Byte classes of the HTTP grammar (RFC 9110 §5.6.2, §5.5; RFC 3986 §2), as 128-bit
/// bitmaps so the parser's inner loops test a byte with a shift and a mask.
enum ByteClass {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let sp = UInt8(ascii: " ")
    static let htab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")
    /// HTTP-name "/" of the HTTP-version (RFC 9112 §2.3), case-sensitive.
    static let httpName: [UInt8] = Array("HTTP/".utf8)

    // The sets below are literal bitmaps (a `static let` would cost a lazy-initialisation
    // check per byte); `ByteClassTests` checks each against its character list.

    /// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    static let tokenCharacters = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    @inline(__always) static func isToken(_ byte: UInt8) -> Bool {
        Bitmap(low: 0x03FF_6CFA_0000_0000, high: 0x57FF_FFFF_C7FF_FFFE).contains(byte)
    }

    /// Bytes allowed in a request-target: visible ASCII except `#` (no fragments on the wire)
    /// and the characters RFC 3986 never allows unencoded (`"<>\^`{|}` and space).
    static let targetCharacters = "!$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~"
    @inline(__always) static func isTargetChar(_ byte: UInt8) -> Bool {
        Bitmap(low: 0xAFFF_FFF2_0000_0000, high: 0x47FF_FFFE_AFFF_FFFF).contains(byte)
    }

    /// uri-host [ ":" port ] for the Host field (RFC 9110 §7.2): reg-name, IP-literal, port.
    static let hostCharacters = "!$&'()*+,-.0123456789:;=ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~%"
    @inline(__always) static func isHostChar(_ byte: UInt8) -> Bool {
        Bitmap(low: 0x2FFF_7FF2_0000_0000, high: 0x47FF_FFFE_AFFF_FFFE).contains(byte)
    }

    /// field-vchar / obs-text (RFC 9110 §5.5): any byte but controls and DEL.
    @inline(__always) static func isFieldVChar(_ byte: UInt8) -> Bool { byte > 0x20 && byte != 0x7F }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always) static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte &- UInt8(ascii: "a") &+ 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte &- UInt8(ascii: "A") &+ 10)
        default: nil
        }
    }

    /// ASCII lower-casing of one byte.
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}

/// A set of ASCII bytes as two 64-bit masks.
struct Bitmap: Sendable, Equatable {
    var low: UInt64
    var high: UInt64

    @inline(__always) init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The set of `characters` (ASCII only); used to check the literal masks.
    init(ascii characters: String) {
        low = 0
        high = 0
        for byte in characters.utf8 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
        if byte < 128 { return high & (1 << UInt64(byte &- 64)) != 0 }
        return false
    }
}
