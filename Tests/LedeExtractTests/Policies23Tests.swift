import Testing

@testable import LedeExtract

/// Policy round twenty-three (policies23, nineteenth session): a plan, agenda or strategy titled
/// with its year or span of years (`Policies23.swift`, `plan-heads.txt`) and trade areas named as
/// agreements (`policies.txt`). Every sentence is written for the test; the rows marked "fails
/// without" fail at the round's start, the others guard what must stay.
@Suite struct Policies23Tests {
    static let policies: [PolicyRuleRow] = [
        // A title its years close (fails without: a body "Plan of Action", no "Agenda" policy, a plan cut before its years).
        PolicyRuleRow(text: "Ministers pledged to carry out the Plan of Action 2024-2028 and its annex.",
                      policy: "Plan of Action 2024-2028"),
        PolicyRuleRow(text: "The union said the new corridor was in line with the continent's Agenda 2063.",
                      policy: "Agenda 2063"),
        PolicyRuleRow(text: "Councillors approved the Brennland County Development Plan 2023-2029 at a full meeting.",
                      policy: "Brennland County Development Plan 2023-2029"),
        PolicyRuleRow(text: "The kingdom's Vision 2030 aims to cut its reliance on oil.", policy: "Vision 2030"),
        PolicyRuleRow(text: "Officials published the Kelmora Housing Strategy 2022–30 on Monday.",
                      policy: "Kelmora Housing Strategy 2022–30"),
        // After a connector the word alone with its year is the policy (fails without: no policy).
        PolicyRuleRow(text: "Leaders met at the summit on Clean Water Systems to Reach the Goals of Agenda 2063 in May.",
                      policy: "Agenda 2063"),
        // A trade area named as the agreement it is (fails without: a place or a body).
        PolicyRuleRow(text: "The two countries should speed up talks on the Free Trade Area (FTA), the minister said.",
                      policy: "Free Trade Area"),
        PolicyRuleRow(text: "Exporters hope to gain from the African Continental Free Trade Area, officials said.",
                      policy: "African Continental Free Trade Area"),
        // A head, "for" and its subject (fails without: no policy).
        PolicyRuleRow(text: "The First Minister set out her Programme for Government on Tuesday.", policy: "Programme for Government"),
        PolicyRuleRow(text: "The chancellor said the Plan for Jobs would protect young workers.", policy: "Plan for Jobs"),
        // A lone head referring back stays no name.
        PolicyRuleRow(text: "The Programme was praised by teachers for its reach.", policy: nil),
        // A plan word alone before a year, a year opening a list or a date, a year on the next line: no policy.
        PolicyRuleRow(text: "Residents said the Plan 2024 meeting was held in the hall.", policy: nil),
        PolicyRuleRow(text: "The Kelmora Action 2024 and 2025 festivals drew large crowds.", policy: nil),
    ]

    @Test(arguments: policies) func yearTitledPlans(row: PolicyRuleRow) {
        row.check()
    }

    /// The years inside the title are its name, no events (fails without: events for 2023 and 2029).
    @Test func yearsOfTitleAreNoEvents() {
        let x = Extractor().extract(text: "Councillors approved the Brennland County Development Plan 2023-2029 on Tuesday.",
                                    published: RuleRows.published)
        #expect(!x.events.contains { $0.expression.contains("2023") }, "\(x.events.map(\.expression))")
    }

    /// The title is no body, and the list loads both heads.
    @Test func planIsNoBodyAndListLoads() {
        let x = Extractor().extract(text: "Ministers pledged to carry out the Plan of Action 2024-2028 and its annex.",
                                    published: RuleRows.published)
        #expect(!x.entities.contains { $0.type == .agency }, "\(x.entities.map(\.name))")
        #expect(Lexicon.shared.planHeadsAlone23.contains("agenda"))
        #expect(Lexicon.shared.planHeads23.contains("strategy") && !Lexicon.shared.planHeadsAlone23.contains("plan"))
    }
}
