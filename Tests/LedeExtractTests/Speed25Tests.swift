import Testing

@testable import LedeExtract

/// Speed round twenty-five: `String.droppingLastCharacter` drops the last byte where the last two
/// are ASCII and falls back to `dropLast()` otherwise, so it must equal `dropLast()` on every
/// shape of key; and the ":" tokens `applyNameExtents42` notes for `applyPlaceLists44` are the
/// ones the list pass walked for.
@Suite struct Speed25Tests {
    @Test(arguments: [
        "", "a", ".", "gov.", "u.s.", "jr.", "women", "st.", "café.", "cafe\u{301}", "é.", "\u{0600}s", "\u{0600}ab",
        "a\r\n", "ab\r", "\u{1F1FA}\u{1F1F8}.", "x\u{200D}.", "no.", "Mich.",
    ])
    func droppingLastCharacterIsDropLast(key: String) {
        #expect(key.droppingLastCharacter == key.dropLast(), "\(key.debugDescription)")
        #expect(String(key.droppingLastCharacter).utf8.count == String(key.dropLast()).utf8.count)
    }

    /// A token marked as an abbreviation keeps its key without the period.
    @Test func bareOfAbbreviations() {
        let doc = Document(text: "Gov. Tarly met Sen. Brask and Dr. Oyelaran in Mich. on Tuesday.", lexicon: Lexicon.shared)
        for token in doc.tokens where token.isAbbreviation {
            #expect(token.bare == token.key.dropLast(), "\(token.key)")
        }
    }

    /// Lines of one place each under a line about suburbs ending in ":" become places, whether
    /// the ":" tokens come from the name-extent walk or the list pass's own walk (no mentions
    /// before it); a ":" inside a sentence opens no list.
    @Test(arguments: [
        ("Flood waters reached several low-lying suburbs in the east. These included:\nKelvoria\nMarrowby\nTundale\n\nCrews said: more rain is due.",
         ["Kelvoria", "Marrowby", "Tundale"]),
        ("Officials said the suburbs affected were these:\nBrenthollow\nSaxmere\nOrlen Park\n",
         ["Brenthollow", "Saxmere", "Orlen Park"]),
    ])
    func linesUnderAColonAreStillPlaces(text: String, places: [String]) {
        let result = Extractor().extract(text: text, published: PartialDate(year: 2025, month: 3, day: 12))
        let found = Set(result.entities.filter { $0.type == .place }.map(\.name))
        for place in places { #expect(found.contains(place), "\(place) in \(found)") }
    }
}
