import LedeJSON
import Testing
@testable import LedeStore

/// The loader's fast passes give the answers of the general ones.
@Suite struct LoaderPassTests {
    @Test(arguments: ["", "plain ascii text", "é", "Détroit’s 😀 mayor", "a😀b", "😀", "ascii then é", "e\u{301}\u{2028}–x"])
    func codepointMapMatchesOffsetMap(text: String) {
        let fast = CodepointMap(text)
        let full = OffsetMap(text)
        for offset in -2...(text.utf8.count + 2) {
            #expect(fast.codepoint(fromUTF8: offset) == full.codepoint(fromUTF8: offset), "offset \(offset) in \(text)")
        }
    }

    /// Strings with escapes at the start, the end and between plain runs parse back to
    /// the text the writer escaped.
    @Test(arguments: ["", "plain", "\"", "a\"b\\c\nd\te", "\u{1}x\u{1F}", "line\r\n", "😀 \u{2028} é", "end\\"])
    func escapedStringsParseBack(text: String) throws {
        var json: [UInt8] = [UInt8(ascii: "\"")]
        JSONWriter.appendEscaped(text, to: &json)
        json.append(UInt8(ascii: "\""))
        #expect(try JSONParser.parse(json) == .string(text))
    }

    @Test(arguments: ["\"unterminated", "\"bad \\q escape\"", "\"raw \n break\"", "\"trailing \\"])
    func brokenStringsAreRejected(json: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(json.utf8)) }
    }
}
