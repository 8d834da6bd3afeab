import Testing

@testable import LedeExtract

/// Entities round twenty-nine (entities29): places in local news outside the US — lone towns and
/// rivers named by a lower-case division or water noun, "Mount …" in a list, roads written "Rd"
/// and nature reserves. Every sentence is written for the test.
@Suite struct Entities29RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lone unlisted name before a lower-case division noun is a place.
        Row(text: "Heavy rain was recorded in Talvorigam block on Sunday.", name: "Talvorigam", type: .place),
        Row(text: "Relief camps were opened in Merunapadu mandal after the flood.", name: "Merunapadu", type: .place),
        Row(text: "Officials said Kanderpur tehsil was the worst affected.", name: "Kanderpur", type: .place),
        // Before a lower-case water noun, and after a lower-case "river".
        Row(text: "The water level in the Kovalam reservoir rose again.", name: "Kovalam", type: .place),
        Row(text: "The river Sarvati is flowing above the danger mark.", name: "Sarvati", type: .place),
        // A capitalised word after the name opens a longer name: the rule does not apply.
        Row(text: "Shares of Talvorigam Holdings fell after the block trade.", name: "Talvorigam", type: nil),
        // Every name of a list that a plural division noun closes.
        Row(text: "The collector toured Tarvo, Melgudi and Pannaru blocks on Monday.", name: "Melgudi", type: .place),
        Row(text: "Rain was heavy in Daronpet and Kelamur districts.", name: "Daronpet", type: .place),
        // "Mount" and a name in a list, not only after a preposition.
        Row(text: "Orders were issued for Ardlow, Mount Keppel and Brenfield.", name: "Mount Keppel", type: .place),
        Row(text: "Crews worked near Dorrin and Mount Tavish overnight.", name: "Mount Tavish", type: .place),
        // Roads written "Rd" and nature reserves are places.
        Row(text: "The crash closed Brennock Rd, and traffic was diverted.", name: "Brennock Rd", type: .place),
        Row(text: "A fire was burning in the Tallis Creek Nature Reserve on Friday.", name: "Tallis Creek Nature Reserve", type: .place),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
