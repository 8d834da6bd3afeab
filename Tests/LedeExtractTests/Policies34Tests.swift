import Testing

@testable import LedeExtract

/// Policy round thirty-four (policies34, twenty-second session): "the <noun> ban" names one ban
/// even when the article writes it once (`Policies34.swift`, `policy-scopes.txt` `ban|`). Every
/// sentence is written for the test; the rows marked "fails without" fail at the round's start,
/// the others guard what must stay.
@Suite struct Policies34Tests {
    static let policies: [PolicyRuleRow] = [
        // "the" and one or two nouns before a singular "ban" (fails without: no policy).
        PolicyRuleRow(text: "Doctors in Kelmora say the abortion ban has driven patients to other states.",
                      policy: "abortion ban"),
        PolicyRuleRow(text: "Retailers asked the council to delay the plastic bag ban until spring.",
                      policy: "plastic bag ban"),
        // "a/an" does not cue it; nor a word of time or manner; nor a plural or a verb.
        PolicyRuleRow(text: "Drivers began an overtime ban on Friday, the union said.", policy: nil),
        PolicyRuleRow(text: "Shop owners fear the impending ban will hurt trade.", policy: nil),
        PolicyRuleRow(text: "The board voted to ban phones, the head teacher said.", policy: nil),
        PolicyRuleRow(text: "The bill would ban phones in classrooms, its sponsor said.", policy: nil),
        PolicyRuleRow(text: "Officials said the provisional ban was lifted at noon.", policy: nil),
    ]

    @Test(arguments: policies) func bansNamedBySubject(row: PolicyRuleRow) {
        row.check()
    }

    @Test func banStopsLoad() {
        #expect(Lexicon.shared.banStops34.contains("impending"))
    }
}
