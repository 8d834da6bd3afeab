import Testing

@testable import LedeExtract

/// Entities round thirty-nine (entities39): lone unlisted names typed organisations by default
/// that a preposition or a list puts on a map (`PlaceCues39.swift`), and the shapes where the
/// same words must leave a body alone. Every sentence is written for the test.
@Suite struct Entities39RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // "at X", not after a word of work or trade, not before "'s".
        Row(text: "Trucks stopped at Pellwick because of flooding on the highway.", name: "Pellwick", type: .place),
        Row(text: "A control room was opened at Varrowby to coordinate the rescue.", name: "Varrowby", type: .place),
        Row(text: "She works at Pellcorp as an engineer, her brother said.", name: "Pellcorp", type: .agency),
        Row(text: "Analysts at Quorvex expect a loss this year.", name: "Quorvex", type: .agency),
        Row(text: "\"Rain will ease,\" said Jo Roe, a senior meteorologist at Skyvane.", name: "Skyvane", type: .agency),
        Row(text: "Growth at Zentrix slowed in the third quarter, the report showed.", name: "Zentrix", type: .agency),
        Row(text: "They met at Brannock's office on Tuesday to sign the lease.", name: "Brannock", type: .agency),
        // "parts of X".
        Row(text: "Power was cut in parts of Tarnwell overnight.", name: "Tarnwell", type: .place),
        // A journey to or from it.
        Row(text: "The road to Zorvak was closed after the storm.", name: "Zorvak", type: .place),
        Row(text: "Crews drove from Zorvak to Belmira before dawn.", name: "Zorvak", type: .place),
        Row(text: "Crews drove from Zorvak to Belmira before dawn.", name: "Belmira", type: .place),
        Row(text: "All flights from Oskarro were cancelled on Monday.", name: "Oskarro", type: .place),
        Row(text: "The fire spread west to Quellin in the afternoon.", name: "Quellin", type: .place),
        // "to X" and "from X" alone are no cue: bodies and people take them as often.
        Row(text: "The government sold its stake to Vendarro last year.", name: "Vendarro", type: .agency),
        // Later members of a list that "at" or "near" opens with a place first ("in" lists are
        // round twenty-three's).
        Row(text: "Sandbags were handed out at Dunrova, Belmira and Kestraw on Friday.", name: "Kestraw", type: .place),
        Row(text: "Sandbags were handed out at Dunrova, Belmira and Kestraw on Friday.", name: "Belmira", type: .place),
        Row(text: "Sirens sounded near Nairobi, Kestraw and Pellmere on Sunday.", name: "Pellmere", type: .place),
        // A list that a plural noun of waters or grounds opens or closes.
        Row(text: "The river and its tributaries Velka and Dornach rose on Sunday.", name: "Dornach", type: .place),
        Row(text: "Fans filled the Harrowgate and Quenby stadiums for the final.", name: "Quenby", type: .place),
        // Work or trade before the opener: no list of places.
        Row(text: "Analysts at Pellcorp, Zentrix and Quorvo expect a loss.", name: "Quorvo", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
