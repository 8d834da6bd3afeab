import Testing

@testable import LedeExtract

/// Speed round thirty-nine: a mention's first token from its hint (`TokenHints39.swift`), and
/// the word flags that gate `applyAgencies70` before its byte tests.
@Suite struct Speed39Tests {
    static let text = "The Orvale Water Board met Kestrel Transit on Monday, and Police Dunmarra said the £4m plan stood."

    /// The hint's premise: tokens are in text order and no two start at one byte, so the token
    /// at a mention's start is the only one the search can answer.
    @Test func tokensStartInOrder() {
        for text in [Speed39Tests.text, "Gov. Tarly's aide — “Zürich” — said 3.2% (U.S.) ... O’Brien-Smith's."] {
            let doc = Document(text: text, lexicon: Lexicon.shared)
            for i in doc.tokens.indices.dropFirst() { #expect(doc.tokens[i].start > doc.tokens[i - 1].start, "\(text)") }
        }
    }

    /// The hint answers as the search does: right, stale (the mention re-cut), out of range,
    /// unset, or at a byte no token starts at.
    @Test func hintAnswersAsTheSearch() {
        let doc = Document(text: Speed39Tests.text, lexicon: Lexicon.shared)
        for (t, token) in doc.tokens.enumerated() {
            for hint in [-1, t, t + 1, t - 1, doc.tokens.count, 0] {
                let mention = RawMention(type: .agency, key: token.key, name: token.key, start: token.start, end: token.end, sentence: 0, tokenCount: 1)
                mention.firstTokenHint = hint
                #expect(doc.tokenIndex(of: mention) == t)
                #expect(mention.firstTokenHint == t)
            }
        }
        // Inside a word ("rvale"): no token starts there, whatever the hint says.
        let inside = RawMention(type: .place, key: "rvale", name: "rvale", start: 5, end: 10, sentence: 0, tokenCount: 1)
        for hint in [-1, 0, 1, 2] {
            inside.firstTokenHint = hint
            #expect(doc.tokenIndex(of: inside) == nil)
            #expect(doc.tokenIndex(startingAt: 5) == nil)
        }
    }

    /// Mentions made from token ranges carry their first token; the whole pipeline's mentions
    /// agree with the search.
    @Test func madeMentionsCarryTheirToken() {
        let doc = Document(text: Speed39Tests.text, lexicon: Lexicon.shared)
        var recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        let mentions = recognizer.run()
        #expect(!mentions.isEmpty)
        for mention in mentions where mention.firstTokenHint >= 0 {
            if doc.tokens[mention.firstTokenHint].start == mention.start {
                #expect(doc.tokenIndex(startingAt: mention.start) == mention.firstTokenHint)
            }
            #expect(doc.tokenIndex(of: mention) == doc.tokenIndex(startingAt: mention.start))
        }
    }

    /// Every word of a field body's name and every head `applyAgencies70` reads carries its flag
    /// on its token, capitalised or not: the gates before the byte tests lose no mention.
    @Test func fieldAndHeadWordsCarryTheirFlags() {
        var fieldWords: [String] = []
        for rows in EntityRecognizer.fieldBodies70.values { for row in rows { fieldWords += row } }
        #expect(fieldWords.contains("police") && fieldWords.contains("development"))
        let heads = EntityRecognizer.bodyHeads70.words + EntityRecognizer.forceHeads70.words + EntityRecognizer.utilityHeads70.words
        for (words, flag) in [(fieldWords, WordFlags.fieldWord70), (heads, WordFlags.bodyHead70)] {
            for word in words {
                let capitalised = word.prefix(1).uppercased() + word.dropFirst()
                let doc = Document(text: "Then \(capitalised) and \(word) met.", lexicon: Lexicon.shared)
                #expect(doc.tokens[1].flags.contains(flag), "\(capitalised)")
                #expect(doc.tokens[3].flags.contains(flag), "\(word)")
            }
        }
        // Other words do not.
        let doc = Document(text: "Then Orvale met Kestrel.", lexicon: Lexicon.shared)
        for token in doc.tokens { #expect(!token.flags.contains(.fieldWord70) && !token.flags.contains(.bodyHead70)) }
    }

    /// The acronym gate passes every pair a rule of `isShortBodyName70` can join and most others:
    /// the initials are `joinBodyShortForms70`'s (a byte's low five bits at each word's start).
    @Test func acronymGateAdmitsWhatTheRulesJoin() {
        func initials(_ key: String) -> UInt32 {
            var mask: UInt32 = 0
            var wordStart = true
            for b in key.utf8 {
                if wordStart { mask |= 1 << UInt32(b & 31) }
                wordStart = b == 32
            }
            return mask
        }
        // Acronyms of every word, "of" included, and after the long name's opening words.
        #expect(AcronymGate39(key: "boj").admits(initials("bank of japan")))
        #expect(AcronymGate39(key: "odot").admits(initials("ohio department of transportation")))
        #expect(AcronymGate39(key: "varnby isd").admits(initials("varnby independent school district")))
        // The short name's words inside the long one.
        #expect(AcronymGate39(key: "kestrel police").admits(initials("kestrel police department")))
        // Letters that open none of the long name's words.
        #expect(!AcronymGate39(key: "fbi").admits(initials("ohio department of transportation")))
        #expect(!AcronymGate39(key: "orvale nhs").admits(initials("kestrel water board")))
        // Not an acronym the rule reads (a digit, seven letters): only the words count.
        #expect(AcronymGate39(key: "b4").acronymLetters == nil)
        #expect(AcronymGate39(key: "abcdefg").acronymLetters == nil)
        // A legal form closes it: the rule drops it first, so every long name may be compared.
        #expect(AcronymGate39(key: "orvale llc").legalTail)
        #expect(AcronymGate39(key: "orvale llc").admits(initials("kestrel water board")))
        #expect(!AcronymGate39(key: "llc").legalTail)
    }

    /// The hash test before a legal form's look-up passes every form, in any key, and not the
    /// common words of a body's name.
    @Test func legalFormHashTest() {
        for form in EntityRecognizer.legalFormList {
            let key = "orvale water " + form
            // The answer first: `#expect` cannot take a `Span` argument (not `Escapable`).
            let bytes = key.utf8.span
            let passes = EntityRecognizer.mayBeLegalForm39(bytes, (bytes.count - form.utf8.count)..<bytes.count)
            #expect(passes, "\(form)")
        }
        for word in ["water", "board", "orvale", "group", "holdings"] {
            let passes = EntityRecognizer.mayBeLegalForm39(word.utf8.span, 0..<word.utf8.count)
            #expect(!passes, "\(word)")
        }
    }
}
