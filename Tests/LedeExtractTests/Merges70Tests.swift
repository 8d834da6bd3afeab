import Testing

@testable import LedeExtract

/// Entities round seventy (merge70, `Merges70.swift`): a body's short form joins the one longer
/// body's name it is part of, a listed short name no longer names the full body, and a person's
/// name that closes with a weekday gives way to the form without it. Rows with no type say the
/// short form is no entity of its own; the sentences are written for the test.
@Suite struct Merges70Tests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // The leading place dropped.
        Row(text: "The Dakota Senate passed the measure on Tuesday after a long debate.\n\n"
                + "The Senate voted 30-17 and sent the bill to the governor.", name: "Senate", type: nil),
        Row(text: "The Harlow County Commission approved the budget on Monday.\n\n"
                + "The County Commission will meet again next week.", name: "County Commission", type: nil),
        // Cut before "of".
        Row(text: "The Central Bank of Freedonia raised its key rate on Thursday.\n\n"
                + "The Central Bank said inflation was too high.", name: "Central Bank", type: nil),
        // One closing head word dropped.
        Row(text: "Officers of the Marston Police Department arrested a man on Sunday.\n\n"
                + "Marston Police said the man was held overnight.", name: "Marston Police", type: nil),
        // An acronym of every word, "of" included, and one after the name's own first word.
        Row(text: "The Bank of Freedonia held its key rate on Thursday.\n\n"
                + "The BOF said inflation was too high.", name: "BOF", type: nil),
        Row(text: "The Marston Independent School District closed two schools on Monday.\n\n"
                + "Marston ISD said the schools would reopen next week.", name: "Marston ISD", type: nil),
        // A listed short name inside the full name: the full name names the body.
        Row(text: "The Ohio House of Representatives passed the budget on Tuesday.\n\n"
                + "The House will take up the tax bill next week.", name: "Ohio House of Representatives", type: .agency),
        Row(text: "The Ohio House of Representatives passed the budget on Tuesday.\n\n"
                + "The House will take up the tax bill next week.", name: "House of Representatives", type: nil),
        // Two words dropped that are no place's name: two parties.
        Row(text: "The United Christian Democratic Party won two seats on Monday.\n\n"
                + "The Democratic Party lost its only seat.", name: "Democratic Party", type: .agency),
        // A weekday closing a person's longest form.
        Row(text: "Governor Janet Mills Friday signed the bill into law.\n\n"
                + "Janet Mills said the law would help families. Mills thanked lawmakers.", name: "Janet Mills", type: .person),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
