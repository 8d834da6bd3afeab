import Testing

@testable import LedeExtract

/// Speed round forty: the tokenizer's hyphen notes (`TokenHyphens40.swift`) and the tests that
/// now read them, the mentions' lists grown outside their access (`MentionLists40.swift`) and
/// the known-run filter (`KnownRuns40.swift`).
@Suite struct Speed40Tests {
    /// Invented rows with every kind of hyphen and dash the tokenizer meets: inside words and
    /// numbers, doubled, Unicode hyphens and dashes, a hyphen opening a word, curly apostrophes.
    static let texts = [
        "The Anglo-French pact -- signed in Vell-sur-Mer -- left 34-year-old Ana Dorr‐Kent (an ex-mayor) at the T-junction.",
        "Scores 3-2 and 10–4 — then −5; the pro‑rata fee, O’Brien-Smith's co-op, U.S.-led talks, Amazon.com-style e-mail.",
        "-Opening hyphen, dash at the end -\nA line ‐‐ with ‐- doubled Unicode hyphens, ‑ and - alone; Gov. Tarly's -ish plan.",
        "I-49 and M50 near Zürich-West; “quoted-word” and 'single-quoted' — “Well-known” — said mid-2024 at 10:30 a.m.",
    ]

    /// `.inKey` is `key.hasHyphenByte` and `.insideText` is a hyphen in the token's text after its
    /// first byte, on every token.
    @Test func notesMatchTheKeyAndTheText() {
        for text in Speed40Tests.texts {
            let doc = Document(text: text, lexicon: Lexicon.shared)
            #expect(doc.tokens.count > 10)
            for token in doc.tokens {
                #expect(token.hyphens.contains(.inKey) == token.key.hasHyphenByte, "\(token.key) in \(text)")
                let inside = token.end > token.start + 1 && doc.bytes[(token.start + 1)..<token.end].contains(45)
                #expect(token.hyphens.contains(.insideText) == inside, "\(token.key) in \(text)")
            }
        }
    }

    /// The rows hold each case at least once: a hyphened word, "--", a lone "-" and a Unicode dash.
    @Test func rowsCoverTheCases() {
        let doc = Document(text: Speed40Tests.texts[0] + " " + Speed40Tests.texts[1], lexicon: Lexicon.shared)
        let keys = doc.tokens.map(\.key)
        #expect(keys.contains("anglo-french") && keys.contains("34-year-old"))
        #expect(doc.tokens.contains { $0.kind == .punct && $0.hyphens == [.inKey, .insideText] })
        #expect(doc.tokens.contains { $0.kind == .punct && $0.hyphens == .inKey })
        #expect(doc.tokens.contains { $0.kind == .word && $0.hyphens == [.inKey, .insideText] })
    }

    /// `tokenHasHyphen` answers from the note as the byte scan did.
    @Test func tokenHasHyphenReadsTheNote() {
        for text in Speed40Tests.texts {
            let doc = Document(text: text, lexicon: Lexicon.shared)
            let recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
            for i in doc.tokens.indices {
                let inside = doc.bytes[(doc.tokens[i].start + 1)..<max(doc.tokens[i].start + 1, doc.tokens[i].end)].contains(45)
                #expect(recognizer.tokenHasHyphen(i) == inside)
            }
        }
    }

    /// Appending a descriptor or an alias through the swap keeps every earlier entry, in order,
    /// and leaves no other reference to the array.
    @Test func mentionListsGrowInPlace() {
        let mention = RawMention(type: .person, key: "ana dorr", name: "Ana Dorr", start: 0, end: 8, sentence: 0, tokenCount: 2)
        for k in 0..<20 { mention.appendDescriptor("role \(k)") }
        #expect(mention.descriptors == (0..<20).map { "role \($0)" })
        let kept = mention.aliases
        mention.appendAlias("Dorr")
        mention.appendAlias("A. Dorr")
        #expect(kept.isEmpty)
        #expect(mention.aliases == ["Dorr", "A. Dorr"])
    }

    /// Every known name of several words passes the run filter on its own tokens (when they
    /// spell it), and `knownName` answers as the table does on every run of invented rows.
    @Test func knownRunFilterKeepsEveryKnownRun() {
        let shared = SharedLexicon(Lexicon.shared)
        var checked = 0
        for key in Lexicon.shared.known.keys where key.contains(" ") {
            checked += 1
            guard checked % 7 == 0 else { continue }
            let doc = Document(text: key, lexicon: Lexicon.shared)
            guard doc.tokens.map(\.key).joined(separator: " ") == key else { continue }
            let passes = shared.knownRunFilter40.mayContain(doc.tokens.span, 0..<doc.tokens.count)
            #expect(passes, "\(key)")
        }
        #expect(checked > 100)
        let text = "The New York Police Department and the United Nations met in Los Angeles, then in Port Vila and New Zealand."
        let doc = Document(text: text, lexicon: Lexicon.shared)
        let recognizer = EntityRecognizer(doc: doc, shared: shared)
        var found = 0
        for lo in doc.tokens.indices {
            let top = min(doc.tokens.count, lo + Lexicon.shared.knownMaxTokens)
            guard lo + 2 <= top else { continue }
            for hi in (lo + 2)...top {
                let expected: (kind: Lexicon.Kind, canonical: String)? =
                    doc.tokens[lo].flags.contains(.knownPrefix) ? shared.known(recognizer.joinedKeys(lo..<hi)) : nil
                let answer = recognizer.knownName(lo..<hi)
                #expect(answer?.canonical == expected?.canonical && answer?.kind == expected?.kind)
                if answer != nil { found += 1 }
            }
        }
        #expect(found >= 3)
    }
}
