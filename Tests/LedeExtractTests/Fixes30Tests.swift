import Testing

@testable import LedeExtract

/// Fixes round thirty (fixes30, twenty-first session; `Fixes30.swift`, `person-ranks.txt`): a
/// person named in full "of" a body or a place is split from it, and capitalised titles the list
/// lacked stay out of the name, and a weekday opening a run of capitals is no part of the name. Every text is written for the test; the rows marked "fails
/// without" fail at the round's start, the others guard.
@Suite struct Fixes30Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A person of a body without "the" (fails without: one body "Maria Delgado of Pine Ridge Rescue").
        Row(text: "Funding ran short this year. Maria Delgado of Pine Ridge Rescue said the crew would wait for the grant.",
            name: "Maria Delgado", type: .person),
        Row(text: "Funding ran short this year. Maria Delgado of Pine Ridge Rescue said the crew would wait for the grant.",
            name: "Pine Ridge Rescue", type: .agency),
        // What a person is "of" is no person, even when a given name opens it (fails without).
        Row(text: "The road needs new gravel. On Monday, Gordon Pratt of Harvey Paving said the job could cost less than planned.",
            name: "Harvey Paving", type: .agency),
        // A titled person of a listed place (fails without: one place with the person).
        Row(text: "The bishops welcomed the rule. Archbishop Tomas Arden of Kansas City said it protected conscience.",
            name: "Tomas Arden", type: .person),
        // Titles the list lacked (fail without: the title stayed in the person's name or made a body).
        Row(text: "The town held its annual vote. Selectperson Dana Whitlock was reelected for three years.",
            name: "Dana Whitlock", type: .person),
        Row(text: "The school board met on Tuesday. The budget was prepared by CPA Leo Brandt and approved.",
            name: "Leo Brandt", type: .person),
        Row(text: "The minister faced questions. Attorney-General Mia Corder said the law would be reviewed.",
            name: "Mia Corder", type: .person),
        // A weekday opening a run that a head closes (fail without: "Thursday Lee County Fiscal
        // Court", "Wednesday to Congress").
        Row(text: "The county met again. Last Thursday Lee County Fiscal Court held its regular meeting.",
            name: "Lee County Fiscal Court", type: .agency),
        Row(text: "The plan grew over the year. The president sent this Wednesday to Congress a bill of 300 articles.",
            name: "Congress", type: .agency),
        // Guard: a listed name opening with a weekday keeps it.
        Row(text: "The story was first told by the Sunday Independent in March.", name: "Sunday Independent", type: .agency),
        // Guards: a body named after a person keeps its "of" (a head before it), and the body alone stays a body.
        Row(text: "The grant was announced on Friday. The Leslie Carter Foundation of Ohio gave $5,000 to the shelter.",
            name: "Leslie Carter Foundation of Ohio", type: .agency),
        Row(text: "Pine Ridge Rescue asked for funds on Monday.", name: "Pine Ridge Rescue", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
