import Testing

@testable import LedeExtract

/// Speed round fifty-three: the span scan asks `mayBeElidedParticle53` before
/// `isElidedParticle`, and tests the parenthesis before a run before it calls `skipCredit` and
/// `isStateTagAfterName`. No rule changed (the corpus outputs were byte-identical); the gate is
/// checked never to turn away a token `isElidedParticle` takes, on invented text.
@Suite struct Speed53Tests {
    private func entities(_ text: String) -> [Entity] { Extractor().extract(text: text, published: nil).entities }

    /// On every token of an invented text with elided particles (straight and curly
    /// apostrophes), Arabic articles and ordinary words: where the gate says no,
    /// `isElidedParticle` says no too; and the elided particles are taken by both.
    @Test func gateNeverTurnsAwayAnElidedParticle() {
        let text = """
            Valery d'Estaing and Marta l’Orvane met in l'Aquila with Saeed bin Hamad al-Rashid \
            and Omar bin Khalid el-Tawil; during the last debate, Ledra de la Cruz and \
            delegates from d’Arvel said all was well. DE GAULLE d'accord l'x 4th e and a.
            """
        let recognizer = EntityRecognizer(doc: Document(text: text, lexicon: Lexicon.shared), lexicon: Lexicon.shared)
        let tokens = recognizer.doc.tokens
        var taken = 0
        for k in tokens.indices {
            let elided = recognizer.isElidedParticle(k)
            if elided { taken += 1 }
            if !recognizer.mayBeElidedParticle53(tokens, k) { #expect(!elided, "token \(k) \(tokens[k].key)") }
        }
        #expect(taken >= 3)
    }

    /// Names with elided particles still run whole through the scan, and an article's timeline
    /// is as before.
    @Test func namesAndEventsUnchanged() {
        let found = entities("Valery d'Estaing visited Tarvell on Monday. Officials in l'Aquila said so.")
        #expect(found.contains { $0.name == "Valery d'Estaing" })
        let extraction = Extractor().extract(text: "The Harwick council met on March 3, 2024, to vote on the plan.",
                                             published: PartialDate(year: 2024, month: 3, day: 10))
        #expect(extraction.events.count == 1)
        #expect(extraction.events.first?.expression == "March 3, 2024")
    }
}

extension Speed53Tests {
    /// The scan's parenthesis test before `isStateTagAfterName`: a state alone in parentheses
    /// after a person's name is still no place.
    @Test func stateTagAfterNameStillSkipped() {
        let found = Extractor().extract(text: "Senator Corra Vantis (Maine) said the vote would be close.", published: nil).entities
        #expect(!found.contains { $0.name == "Maine" && $0.type == .place })
    }
}

extension Speed53Tests {
    /// The hyphen note read before `isPartyTag` (in `processSpan` and `shortName`): a party-state
    /// tag after a name is still no place, and a bracketed short name still ends at its bracket.
    @Test func partyTagsStillSkipped() {
        let found = Extractor().extract(text: "Rep. Dana Orwell, D-Fairvale, voted against the bill on Tuesday.", published: nil).entities
        #expect(!found.contains { $0.name.contains("Fairvale") && $0.type == .place })
        #expect(found.contains { $0.name == "Dana Orwell" && $0.type == .person })
    }
}
