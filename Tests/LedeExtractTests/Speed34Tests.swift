import Testing

@testable import LedeExtract

/// Speed round thirty-four: `creditRanges61` tests only the tokens the tokenizer noted
/// `.lineEndOrBar`, so every token a newline follows (or a paragraph ends with) and every "/" or
/// "|" mark must carry the note.
@Suite struct Speed34Tests {
    @Test(arguments: [
        "Jo Lee\nKate Ter Haar\n\nThe council met on Monday.",
        "A long caption about the title game. Jo Lee/Van Wert Independent\n\nMore text here and there.",
        "\n\n(Jo Lee | The Tribune) Utah-based writers said so.\n \n\n— Jo Lee\n",
        "No line breaks at all, and a 24/7 service and/or a and | b in the middle of a long sentence.",
        "Photo: Jo Lee/ Matangi Tonga.\r\nNext line\n\n\nLast line / with a slash and an ending",
    ])
    func lineEndsAndBarsAreNoted(text: String) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let t = doc.tokens, bytes = doc.bytes
        #expect(t.count > 3)
        for i in t.indices {
            let lineEnd = i + 1 < t.count && bytes[t[i].end..<t[i + 1].start].contains(10)
            let bar = t[i].kind == .punct && t[i].end - t[i].start == 1 && (bytes[t[i].start] == 47 || bytes[t[i].start] == 124)
            if lineEnd || bar { #expect(t[i].notes.contains(.lineEndOrBar), "\(i) \(t[i].key)") }
        }
    }

    /// The credits the noted walk finds on lines of each shape (`Credits61.swift`).
    @Test func creditsAreFoundOnNotedLines() {
        let text = "The team won the title game on Friday night.\nJo Lee/Van Wert Independent\n\nThe coach said the win mattered."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        let found = recognizer.creditRanges61()
        #expect(found.contains { doc.tokens[$0.lowerBound].key == "jo" || doc.tokens[$0.lowerBound].key == "Jo" })
    }
}
