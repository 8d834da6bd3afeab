import Testing

@testable import LedeExtract

/// Speed round twenty-six: the byte tests read before `tokenIndex(startingAt:)` in the passes of
/// round eighteen answer false only where the pass would leave the mention alone. The letter
/// masks hold the letters of every listed word they stand for, the tests answer true where
/// they cannot read for sure, and the passes' own rows keep their results.
@Suite struct Speed26Tests {
    /// Every word a mask stands for passes it (the lists as `BodiesOfPlaces45.swift` and
    /// `AgencyPrecision46.swift` hold them; round fifty-seven's list of lower-case heads took over
    /// the body heads and tests its own bits).
    @Test func masksHoldTheListedWords() {
        func has(_ mask: UInt32, _ byte: UInt8) -> Bool { Document.letterBit26(byte) & mask != 0 }
        for word in ["house", "hall", "buildings", "building"] {
            #expect(has(EntityRecognizer.buildingLetters26, word.utf8.last!), "\(word)")
        }
    }

    /// The tests on one invented sentence: false only for an ASCII letter outside the mask after
    /// white space; true after punctuation, a byte past ASCII, or a run ending inside a token.
    @Test func byteTests() {
        let doc = Document(text: "The Varnby police said the Orlek-backed (Kestrel) Hall é plan", lexicon: Lexicon.shared)
        let text = Array("The Varnby police said the Orlek-backed (Kestrel) Hall é plan".utf8)
        // The first letters of "police", "council", "government", "school", "district".
        let p = Document.letters26("pcgsd")
        let varnbyEnd = 10
        #expect(Document.mayOpenNext26(doc.bytes, after: varnbyEnd, letters: p))
        #expect(!Document.mayOpenNext26(doc.bytes, after: varnbyEnd, letters: Document.letters26("x")))
        // "Orlek" ends inside its token, before a hyphen: no answer from the bytes.
        let orlekEnd = 32
        #expect(text[orlekEnd] == 45)
        #expect(Document.mayOpenNext26(doc.bytes, after: orlekEnd, letters: Document.letters26("x")))
        #expect(Document.mayEndWith26(doc.bytes, orlekEnd, letters: Document.letters26("x")))
        // "Varnby police said the Orlek-backed (Kestrel": "(" opens no answer; ")" after "Kestrel" is no word.
        #expect(!Document.mayOpenNext26(doc.bytes, after: 48, letters: p))
        #expect(Document.mayOpenNext26(doc.bytes, after: 39, letters: Document.letters26("x")))
        // After "(": punctuation, no answer.
        let kestrelStart = 41
        #expect(text[kestrelStart] == 75)
        #expect(Document.mayEndPrevious26(doc.bytes, before: kestrelStart, letters: Document.letters26("x")))
        // Before "the" of "the Orlek": "said" ends in "d".
        #expect(!Document.mayEndPrevious26(doc.bytes, before: 23, letters: Document.letters26("f")))
        #expect(Document.mayEndPrevious26(doc.bytes, before: 23, letters: Document.letters26("d")))
        // "Hall" then "é": a byte past ASCII, no answer.
        #expect(Document.mayOpenNext26(doc.bytes, after: 54, letters: Document.letters26("x")))
        #expect(!Document.mayEndWith26(doc.bytes, 54, letters: Document.letters26("x")))
        #expect(Document.mayEndWith26(doc.bytes, 54, letters: EntityRecognizer.buildingLetters26))
        // The text's end.
        #expect(Document.mayEndWith26(doc.bytes, text.count, letters: Document.letters26("n")))
        #expect(!Document.mayEndWith26(doc.bytes, text.count, letters: Document.letters26("x")))
    }

    /// Every everyday-word town passes the first-and-last-letter test, in any case; "Dallas" does not.
    @Test func everydayTownLetters() {
        let table = EntityRecognizer.everydayTownLetters26
        for word in EntityRecognizer.everydayTownWords47 {
            #expect(EntityRecognizer.everydayTowns47.contains(word))
            for shown in [word.prefix(1).uppercased() + word.dropFirst(), word.uppercased(), word] {
                let text = "in \(shown), said"
                #expect(Document.mayBeWordOf26(Array(text.utf8), 3, 3 + shown.utf8.count, firstLast: table), "\(shown)")
            }
        }
        let text = Array("in Dallas said".utf8)
        #expect(!Document.mayBeWordOf26(text, 3, 9, firstLast: table))
        // Cut inside a token, before a hyphen: no answer.
        #expect(Document.mayBeWordOf26(Array("in Dallas-based".utf8), 3, 9, firstLast: table))
    }

    /// The passes' results where the byte tests let the look-up run.
    @Test(arguments: [
        ("Cardiff police say the road is shut.", "Cardiff police", EntityType.agency),
        ("The city of Dallas utilizes a new levy, officials said.", "City of Dallas", EntityType.agency),
    ])
    func passesStillAct(text: String, name: String, type: EntityType) {
        let result = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 12))
        #expect(result.entities.contains { $0.type == type && $0.name.lowercased() == name.lowercased() }, "\(result.entities.map { ($0.name, $0.type) })")
    }
}
