import Testing

@testable import LedeExtract

/// Speed round twenty-four: the tokenizer counts sports words from the `.sports` word flag the
/// interner gives a listed word, so the flag must be on exactly the tokens the set holds.
@Suite struct Speed24Tests {
    /// Every sports word is listed with the flag, and words around them are not flagged.
    @Test func everySportsWordCarriesTheFlag() {
        let interner = Lexicon.shared.interned
        for word in EntityRecognizer.sportsWordList {
            #expect(interner.flags(of: word)?.contains(.sports) == true, "\(word)")
        }
        for word in ["striker's", "cups", "scoring", "goal", "football-mad", "the", "parliament"] {
            #expect(interner.flags(of: word)?.contains(.sports) != true, "\(word)")
        }
    }

    /// Texts of every token shape: the flag is set on a token exactly when the set holds its key,
    /// and the document's count is the number of such tokens.
    @Test(arguments: [
        "The STRIKER scored; Goals! goals? \u{201C}Cup\u{201D} final, semi\u{2010}final and quarter-finals.",
        "T20 and ODI: a half-century off 40 overs, then the innings closed before halftime.",
        "Gov. Lee\u{2019}s cup. The squad\u{2019}s kick-off came at 3 p.m. after the batter was out.",
        "Rugby\n\nnetball\n\nNetball's fixture list: Touchdowns, homers, layups and a layup.",
        "Nothing here but the council's budget, taxes and a road repair.",
    ])
    func flagMatchesTheSet(text: String) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        var inSet = 0
        for i in doc.tokens.indices {
            let listed = EntityRecognizer.sportsWords.contains(doc.tokens, at: i)
            #expect(doc.tokens[i].flags.contains(.sports) == listed, "\(doc.tokens[i].key)")
            if listed { inSet += 1 }
        }
        #expect(doc.sportsWordCount == inSet)
    }
}
