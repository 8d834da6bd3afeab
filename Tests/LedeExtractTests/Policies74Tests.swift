import Testing

@testable import LedeExtract

/// Policy round seventy-four (`Policies74.swift`): laws named in lower case by their subject, a
/// bare law in force by its verb, state budgets named with their amount or years, budgets titled
/// by their year, and a described law's clause read to 18 words. Every sentence here is written
/// for the test; the rows fail without the round, except the guards marked so (a rule that must
/// keep holding).
@Suite struct Policies74Tests {
    typealias Row = PolicyRuleRow

    static let rows: [Row] = [
        // A law named by its subject after a determiner or a possessive.
        Row(text: "Two teachers were fined under the national security law last spring.", policy: "national security law"),
        Row(text: "The senator defended the pardon law in a long speech.", policy: "pardon law"),
        Row(text: "Farmers asked the council to repeal a seasonal worker law that passed in 2019.", policy: "seasonal worker law"),
        Row(text: "The changes came through the governor's school funding law signed in May.", policy: "school funding law"),
        // The article's own adjective stays in the name.
        Row(text: "Builders blamed the province's new zoning legislation for the delay.", policy: "new zoning legislation"),
        // A tier, a field, a back-reference, an enacting phrase or a noun after the head: none.
        Row(text: "The officer said the arrest followed federal law.", policy: nil),  // guard
        Row(text: "She has practised family law in the town for years.", policy: nil),  // guard
        Row(text: "The mayor signed the measure into law on Tuesday.", policy: nil),
        Row(text: "A judge blocked the entire law before it took effect.", policy: nil),
        Row(text: "He appeared at the family law court on Monday.", policy: nil),
        // A bare law in force, by the verb it does.
        Row(text: "Under the plan, state law requires a hearing before any hospital closes.", policy: "state law"),
        Row(text: "Officials said privacy laws prevent them from naming the pupil.", policy: "privacy laws"),
        // A state budget with its amount or years; a budget titled by its year.
        Row(text: "Lawmakers passed the $48 billion state budget after a long night.", policy: "$48 billion state budget"),
        Row(text: "The 2025-26 Ohio state budget arrived two weeks late.", policy: "2025-26 Ohio state budget"),
        Row(text: "Parliament approved the 2026 Budget by a voice vote on Thursday.", policy: "2026 Budget"),
        Row(text: "The minister will table Budget 2026 on February 20.", policy: "Budget 2026"),
        // A city's budget, or a state budget without amount or years, is none.
        Row(text: "The council approved a $52 million budget for the coming year.", policy: nil),  // guard
        Row(text: "Neither was the state budget finished by Friday.", policy: nil),
        Row(text: "Leaders announced a new state budget deal on Monday.", policy: nil),
        // A described law's clause runs past its fourteenth word to its end.
        Row(text: "The governor signed a bill barring coaches at public colleges and private universities from "
            + "recruiting players who have not finished high school.",
            policy: "bill barring coaches at public colleges and private universities from recruiting players who have not "
                + "finished high school"),
    ]

    @Test(arguments: rows) func finds(row: Row) {
        row.check()
    }

    /// "the pardon bill" … "the pardon law": one policy, a bill that became law.
    @Test func billAndLawOfOneSubjectAreOne() {
        let text = "The pardon bill passed the lower house in March. The senate took up the pardon bill in May. "
            + "Critics said the pardon law would shield officials."
        let policies = Extractor().extract(text: text, published: RuleRows.published).entities.filter { $0.type == .policy }
        #expect(policies.count == 1, "\(policies.map(\.name))")
    }
}
