import Testing

@testable import LedeExtract

/// Speed round twenty-nine: the line splitter finds newlines eight bytes at a time
/// (`ByteBlocks.newlineIndex`); it must find the first one as `firstIndex(of:)` did, wherever
/// it falls in a block, after non-ASCII bytes and bytes one off from a newline, and none past
/// the end.
@Suite struct Speed29Tests {
    struct NewlineRow: Sendable, CustomTestStringConvertible {
        var text: String
        var from: Int
        var testDescription: String { "\(text.debugDescription) from \(from)" }
    }

    static let newlineRows: [NewlineRow] = [
        NewlineRow(text: "", from: 0), NewlineRow(text: "\n", from: 0), NewlineRow(text: "no newline at all here", from: 3),
        NewlineRow(text: "1234567\nabc", from: 0), NewlineRow(text: "12345678\nabc", from: 0),
        NewlineRow(text: "a\nb\nc", from: 2), NewlineRow(text: "a\nb\nc", from: 5), NewlineRow(text: "\u{0B}\u{09}\u{0A}\u{8A}x", from: 0),
        NewlineRow(text: "long line of text with the newline late in it\n", from: 1),
        NewlineRow(text: "éèê\nà", from: 0),
    ]

    @Test(arguments: newlineRows)
    func newlineIndexMatchesFirstIndex(_ row: NewlineRow) {
        let bytes = Array(row.text.utf8)
        #expect(ByteBlocks.newlineIndex(bytes.span, from: row.from) == (bytes[row.from...].firstIndex(of: 10) ?? bytes.count))
    }

    /// A newline at every place of a 24-byte line, searched from every start before it, with
    /// bytes 9, 11 and 0x8A (one bit or a high bit away from 10) around it.
    @Test func newlineAtEveryPlace() {
        var wrong = 0
        for place in 0..<24 {
            var bytes = (0..<24).map { UInt8([9, 11, 0x8A, 65, 0xE2][$0 % 5]) }
            bytes[place] = 10
            for start in 0...place where ByteBlocks.newlineIndex(bytes.span, from: start) != place { wrong += 1 }
            bytes[place] = 0x0B
            if ByteBlocks.newlineIndex(bytes.span, from: 0) != 24 { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    /// Lines split as before: blank lines, a text without a final newline, CRLF endings and
    /// lines longer than a block.
    @Test func paragraphsSplitAsBefore() {
        let doc = Document(text: "First paragraph of text here.\n\nSecond one, rather longer than eight bytes.\r\nStill second.\n\nThird", lexicon: Lexicon.shared)
        let texts = doc.paragraphs.map { doc.text($0.start, $0.end) }
        #expect(texts == ["First paragraph of text here.", "Second one, rather longer than eight bytes.\r\nStill second.", "Third"])
    }
}
