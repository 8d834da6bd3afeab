import Testing

@testable import LedeExtract

/// Policy round twenty-five (policies25, twentieth session): a described policy's scope and the
/// end of its object, a year-titled run's adjective, load shedding and "the constitution"
/// (`Policies25.swift`, `policy-scopes.txt`, `policies.txt`). Every sentence is written for the
/// test; the rows marked "fails without" fail at the round's start, the others guard what must stay.
@Suite struct Policies25Tests {
    static let policies: [PolicyRuleRow] = [
        // Where or for whom a ban, a mandate or a quarantine applies (fails without: cut at the preposition).
        PolicyRuleRow(text: "Kelmora brought in a ban on vaping in public parks two years ago.",
                      policy: "ban on vaping in public parks"),
        PolicyRuleRow(text: "Lawmakers passed a ban on cosmetic surgery for teenagers to the dismay of clinics.",
                      policy: "ban on cosmetic surgery for teenagers"),
        PolicyRuleRow(text: "The territory, the last with a mask mandate for indoor venues, will lift it soon.",
                      policy: "mask mandate for indoor venues"),
        PolicyRuleRow(text: "Police arrested a man for breaking the 10-day quarantine for travellers arriving by sea.",
                      policy: "10-day quarantine for travellers"),
        // A determiner, a date, a capital or an adverbial after the preposition: no scope.
        PolicyRuleRow(text: "The council imposed a ban on rallies in response to the unrest.", policy: "ban on rallies"),
        PolicyRuleRow(text: "The city extended its moratorium on new towers for the foreseeable future.",
                      policy: "moratorium on new towers"),
        PolicyRuleRow(text: "The ministry lifted a ban on fuel exports in late March.", policy: "ban on fuel exports"),
        PolicyRuleRow(text: "The ministry announced a ban on fuel exports in Kelmora on Monday.", policy: "ban on fuel exports"),
        PolicyRuleRow(text: "The league kept its ban on betting for years without a review.", policy: "ban on betting"),
        // The object ends where the predicate begins (fails without: the verb phrase ran on).
        PolicyRuleRow(text: "Growers hope the tariffs on oats can be removed before the harvest.", policy: "tariffs on oats"),
        PolicyRuleRow(text: "In 2019 the town put a ban on foam cups and required cafes to offer paper ones.",
                      policy: "ban on foam cups"),
        // A title its years close keeps its opening adjective (fails without: "Water Strategy 2024–30").
        PolicyRuleRow(text: "Officials published the National Water Strategy 2024–30 on Monday.",
                      policy: "National Water Strategy 2024–30"),
        // Load shedding and its stages (fails without: no policy).
        PolicyRuleRow(text: "The utility said load shedding would stay suspended through the winter.", policy: "load shedding"),
        PolicyRuleRow(text: "Stage 2 load shedding will be implemented from 5pm, the utility said.",
                      policy: "Stage 2 load shedding"),
        PolicyRuleRow(text: "Residents blamed the load-shedding in the district for the losses.", policy: nil),
        // "the constitution" (fails without: no policy); a longer name or a body gives none.
        PolicyRuleRow(text: "Marchers demanded scrapping the constitution and a fresh election.", policy: "constitution"),
        PolicyRuleRow(text: "The package includes changes to the federal constitution.", policy: "federal constitution"),
        PolicyRuleRow(text: "The panel met to discuss the constitution review process.", policy: nil),
        // A listed programme (fails without: no policy).
        PolicyRuleRow(text: "The developer will apply for Low Income Housing Tax Credits next spring.",
                      policy: "Low Income Housing Tax Credit"),
    ]

    @Test(arguments: policies) func scopesAndRegimes(row: PolicyRuleRow) {
        row.check()
    }

    /// An article that names load shedding's stages gives its bare "load shedding" none, and the
    /// list loads both sections.
    @Test func stagesLeaveBareLoadSheddingAndListLoads() {
        let x = Extractor().extract(
            text: "Stage 3 load shedding starts at 4pm and Stage 5 load shedding follows on Sunday. The ramping up of load shedding angered residents.",
            published: RuleRows.published)
        let names = x.entities.filter { $0.type == .policy }.map(\.name)
        #expect(Set(names) == ["Stage 3 load shedding", "Stage 5 load shedding"], "\(names)")
        #expect(Lexicon.shared.objectModals25.contains("can") && Lexicon.shared.scopeStops25.contains("response"))
    }
}
