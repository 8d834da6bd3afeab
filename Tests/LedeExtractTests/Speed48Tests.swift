import Testing

@testable import LedeExtract

/// Speed round forty-eight: `evidence(_:organisationOnly48:)`, the typer's question "does the
/// evidence name an organisation?", reads the person's tests only after the pronoun's. It must
/// answer `.organisation` exactly when the full `evidence(_:)` does, on invented sentences that
/// reach each of the reordered tests.
@Suite struct Speed48Tests {
    static let texts = [
        // The pronoun names an organisation.
        "Kelvanta cut its forecast on Monday after a weak quarter.",
        // A role before the name answers a person first.
        "Defending champion Torvald Brenn lost its grip on the title in Oslo.",
        "Coach Marra Quillon said its players were tired.",
        // "the" before the name, and a plural of a common word: no answer.
        "The Harbourmen lost its way in the second half of the match.",
        "Rivals Saints lost its lead late on Saturday.",
        // A comma and "which"; shares of X; an analyst with X.
        "Orvane Holdings, which makes pumps, said profits rose.",
        "Shares of Pellcorp fell sharply. An analyst with Druvane Partners said its outlook was weak.",
        // A person's passive after the name, then a pronoun.
        "Mirza Abbas was arrested after its offices were searched.",
        // A person's pronoun.
        "Halvorsen reached the final of his career in Paris.",
    ]

    @Test func organisationOnlyAnswersAsTheFullEvidence() {
        var organisations = 0, persons = 0, mentions = 0
        for text in Speed48Tests.texts {
            let doc = Document(text: text, lexicon: Lexicon.shared)
            var recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
            let raw = recognizer.run()
            let merger = EntityMerger(doc: doc, lexicon: Lexicon.shared)
            for m in raw {
                mentions += 1
                let full = merger.evidence(m)
                let only = merger.evidence(m, organisationOnly48: true)
                #expect((full == .organisation) == (only == .organisation), "\(m.name) in \(text)")
                if full == .organisation { organisations += 1 }
                if full == .person { persons += 1 }
            }
        }
        // Not vacuous: both answers occur.
        #expect(mentions >= 9)
        #expect(organisations >= 2)
        #expect(persons >= 2)
    }

    /// The mentions of `text` as one group each, and a scored decision for each with `choices`.
    static func decided(_ text: String, _ choices: [Int?]) -> (EntityMerger, [EntityMerger.Group], [RawMention], [EntityMerger.TypingDecision]) {
        let doc = Document(text: text, lexicon: Lexicon.shared)
        var recognizer = EntityRecognizer(doc: doc, lexicon: Lexicon.shared)
        let raw = recognizer.run().sorted { $0.start < $1.start }
        let groups = raw.indices.map { EntityMerger.Group(type: .agency, isWeak: false, members: GroupMembers($0)) }
        let decisions = raw.indices.map { EntityMerger.TypingDecision(group: $0, choice: choices[$0 % choices.count], scored: true) }
        return (EntityMerger(doc: doc, lexicon: Lexicon.shared), groups, raw, decisions)
    }

    /// `reconcileListDecisions` returns early when no two decisions are list mates, and skips
    /// lists of one before gathering their members: a list still takes its majority's choice,
    /// and names in no list keep their own.
    @Test func listDecisionsStillReconcile() {
        // A list of three: two vote place (1), one votes drop (3); the majority's choice for all.
        let (listed, groups, raw, before) = Speed48Tests.decided("Kelvanta, Druvane and Pellcorp signed the accord.", [1, 1, 3])
        #expect(raw.count == 3)
        var decisions = before
        listed.reconcileListDecisions(&decisions, groups, raw)
        #expect(decisions.map(\.choice) == [1, 1, 1])
        // No list: every decision stands.
        let (apart, groups2, raw2, before2) = Speed48Tests.decided("Kelvanta signed. Later Druvane left the talks.", [1, 3])
        #expect(raw2.count == 2)
        var decisions2 = before2
        apart.reconcileListDecisions(&decisions2, groups2, raw2)
        #expect(decisions2.map(\.choice) == before2.map(\.choice))
    }
}
