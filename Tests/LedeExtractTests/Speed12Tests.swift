import Testing

@testable import LedeExtract

/// Speed round twelve: the gates `processSpan` and `classify` test before calling a group of
/// rules answer exactly as the tests they stand for, and the flag unions spelled without array
/// literals are the same sets.
@Suite struct Speed12Tests {
    @Test func flagUnionsMatchTheirLiterals() {
        #expect(WordFlags.headOrKnown == [.orgHead, .placeHead, .known])
        #expect(WordFlags.commonKnownOrSurname == [.common, .known, .surname])
        #expect(WordFlags.givenOrSurname == [.givenName, .surname])
        #expect(WordFlags.knownOrPlaceOrGiven == [.known, .givenName, .city, .state])
    }

    /// `anyTitle` is `isTitle` asked of every word of the run, for every run of a text with
    /// titles at its start, middle and end.
    @Test(arguments: [
        "Prime Minister Jo Ruiz met Mayor Tim Bell and Police Chief Ann Moe in Leeds on Monday",
        "The Department of Energy said nothing",
        "",
    ])
    func anyTitleMatchesIsTitleOnEveryRun(text: String) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        for lo in 0...doc.tokens.count {
            for hi in lo...doc.tokens.count {
                #expect(recognizer.anyTitle(lo, hi) == (lo..<hi).contains { recognizer.isTitle($0) }, "\(lo)..<\(hi)")
            }
        }
        // The table has titles to find: the first text's whole run holds one.
        if text.hasPrefix("Prime") { #expect(recognizer.anyTitle(0, doc.tokens.count)) }
    }

    /// One-word runs skip the rules for two words or more; the rules for one word still apply,
    /// and runs of two words still meet theirs.
    @Test(arguments: [
        ("Leaders from the Coalition met on Tuesday.", "Coalition", EntityType.agency),
        ("Residents near Mount Kerran were told to leave.", "Mount Kerran", EntityType.place),
        ("Hurricane Dorian hit the coast.", nil, nil),
    ] as [(String, String?, EntityType?)])
    func oneWordRunsStillMeetTheirRules(text: String, name: String?, type: EntityType?) {
        let extraction = Extractor().extract(text: text, published: nil)
        if let name {
            #expect(extraction.entities.contains { $0.name == name && $0.type == type }, "\(extraction.entities)")
        } else {
            #expect(!extraction.entities.contains { $0.name.contains("Dorian") }, "\(extraction.entities)")
        }
    }

    /// A titled name still splits when the run has a title, and a run without one still names
    /// its person: the gates skip only runs the splits would turn away.
    @Test func titledRunsStillSplit() {
        let extraction = Extractor().extract(text: "Police Chief Ann Moe said the road was closed. Ann Moe added more.", published: nil)
        let person = extraction.entities.first { $0.type == .person }
        #expect(person?.name == "Ann Moe", "\(extraction.entities)")
        #expect(person?.descriptors.contains("Police Chief") == true, "\(extraction.entities)")
    }
}
