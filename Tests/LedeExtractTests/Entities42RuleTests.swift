import Testing

@testable import LedeExtract

/// Entities round forty-two (entities42): name extents (`NameExtents42.swift`, and plural or
/// abbreviated titles added to `titles.txt`): generational suffixes belong to a person's name, a
/// title before a name is no part of it, a body's name holding "and", a list of places or a group
/// noun's possessive stays whole, and a road's or an area's number is part of its name. Every
/// sentence is written for the test.
@Suite struct Entities42RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // Generational suffixes, with or without a comma.
        Row(text: "Sheriff Dale Corwin III said the road would reopen on Friday.", name: "Dale Corwin III", type: .person),
        Row(text: "Sheriff Dale Corwin III said the road would reopen on Friday.", name: "Dale Corwin", type: nil),
        Row(text: "Councillor Amado Reyes, Jr. voted against the budget on Tuesday.", name: "Amado Reyes, Jr.", type: .person),
        Row(text: "The motion was filed by Tomas Ybarra Sr. and two others.", name: "Tomas Ybarra Sr.", type: .person),
        // A numeral after something that is no person stays out.
        Row(text: "World War II ended in 1945, the museum's guide told visitors.", name: "World War II", type: nil),
        // Plural and abbreviated titles are no part of the names after them.
        Row(text: "Councillors Mara Tevez, Lino Dacer and Rhea Pangan voted for the plan.", name: "Mara Tevez", type: .person),
        Row(text: "Councillors Mara Tevez, Lino Dacer and Rhea Pangan voted for the plan.", name: "Councillors Mara Tevez", type: nil),
        Row(text: "In evidence, Garda Sgt Liam Doyle told the court he arrested the man.", name: "Liam Doyle", type: .person),
        Row(text: "In evidence, Garda Sgt Liam Doyle told the court he arrested the man.", name: "Garda Sgt Liam Doyle", type: nil),
        Row(text: "DSP Kofi Amenyo said the suspects would be arraigned on Monday.", name: "Kofi Amenyo", type: .person),
        // A body's name that lists places before "and".
        Row(text: "New figures show Croydon, Sutton and Merton Community Hospitals NHS Trust had the longest waits.",
            name: "Croydon, Sutton and Merton Community Hospitals NHS Trust", type: .agency),
        // Group nouns' possessives inside a body's name.
        Row(text: "Leeds Women’s and Children’s Health Trust reported long waits in March.",
            name: "Leeds Women’s and Children’s Health Trust", type: .agency),
        // A formal name with "of the" or "on" and a second subject after "and".
        Row(text: "He met officials of the Department of the Environment and Natural Resources on Monday.",
            name: "Department of the Environment and Natural Resources", type: .agency),
        Row(text: "The Standing Committee on Trade and Industry approved the plan on Monday.",
            name: "Standing Committee on Trade and Industry", type: .agency),
        // Two bodies stay two.
        Row(text: "The Department of Health and the Treasury agreed on the plan.", name: "Department of Health", type: .agency),
        // A capitalised "All" inside a sentence opens a body's name.
        Row(text: "The rally was held at the headquarters of the All Farmers Congress in Jos.", name: "All Farmers Congress", type: .agency),
        // Numbered roads and areas, and a station named by its street.
        Row(text: "A lorry overturned on Kelby Street 14 at about 3am on Friday.", name: "Kelby Street 14", type: .place),
        Row(text: "Drivers should leave at Exit 12 and follow Highway 230 north to the town.", name: "Exit 12", type: .place),
        Row(text: "Drivers should leave at Exit 12 and follow Highway 230 north to the town.", name: "Highway 230", type: .place),
        Row(text: "Detours will use La. Hwy 88 to reach Exit 9 (La. Hwy 91) until the bridge reopens.", name: "La. Hwy 88", type: .place),
        Row(text: "Detours will use La. Hwy 88 to reach Exit 9 (La. Hwy 91) until the bridge reopens.", name: "La. Hwy 91", type: .place),
        Row(text: "He was taken to Pearse Road station and charged on Saturday.", name: "Pearse Road station", type: .place),
        // A number that counts something is no road's.
        Row(text: "Residents of Harlow Street 40 people strong marched on Friday.", name: "Harlow Street 40", type: nil),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
