import LedeJSON
import Testing

/// The run-copying escaper that renders article bodies must match a per-scalar reference
/// escaper on every mix of plain runs, escapes at the edges and near-miss U+2028 bytes.
@Suite struct EscapingTests {
    static func reference(_ value: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += Array(#"\""#.utf8)
            case "\\": out += Array(#"\\"#.utf8)
            case "\n": out += Array(#"\n"#.utf8)
            case "\r": out += Array(#"\r"#.utf8)
            case "\t": out += Array(#"\t"#.utf8)
            case "\u{2028}": out += Array(#"\u2028"#.utf8)
            case "\u{2029}": out += Array(#"\u2029"#.utf8)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        return out
    }

    @Test(arguments: [
        "", "plain", "\"", "\"edge\"", "\\", "a\nb\r\tc", "\u{0}\u{1F}", "–€\u{2028}\u{2029}…", "end\u{2028}",
        "\u{2029}start", "emoji 😀 and é", "\u{2027}\u{202A}", "x\"\"\"y",
    ])
    func runCopyingMatchesTheReference(text: String) {
        var out: [UInt8] = [UInt8(ascii: "[")]
        JSONWriter.appendEscaped(text, to: &out)
        #expect(out == [UInt8(ascii: "[")] + Self.reference(text))
    }

    @Test func randomMixesMatchTheReference() {
        let pieces = ["word ", "\"", "\\", "\n", "\u{7}", "–", "\u{2028}", "\u{2029}", "é", "😀", "€", "\t"]
        var state: UInt64 = 42
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(state % 40) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1
            var out: [UInt8] = []
            JSONWriter.appendEscaped(text, to: &out)
            #expect(out == Self.reference(text))
        }
    }
}
