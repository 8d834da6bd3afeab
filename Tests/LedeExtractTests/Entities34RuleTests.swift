import Testing

@testable import LedeExtract

/// Entities round thirty-four (entities34): office titles run into a body's or a place's name,
/// cut off from the finished mentions (`OfficeTitleRuns.swift`). Every sentence is written for
/// the test.
@Suite struct Entities34RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A title and its portfolio closing the run leave the place or body before it.
        Row(text: "The Kadena State Head of Service announced the new rules on Monday.", name: "Kadena State", type: .place),
        Row(text: "The Kadena State Head of Service announced the new rules on Monday.", name: "Kadena State Head of Service", type: nil),
        Row(text: "The Perlis Mentri Besar said the dam would be finished next year.", name: "Perlis", type: .place),
        Row(text: "The Perlis Mentri Besar said the dam would be finished next year.", name: "Perlis Mentri Besar", type: nil),
        Row(text: "The Halden Water Board Chairman said the pipes were old.", name: "Halden Water Board", type: .agency),
        // A title opening the run before "of": the company or listed place after it.
        Row(text: "Mr Tan, the Managing Director of Korvax Holdings Bhd, said sales rose.", name: "Korvax Holdings Bhd", type: .agency),
        Row(text: "Mr Tan, the Managing Director of Korvax Holdings Bhd, said sales rose.", name: "Managing Director of Korvax Holdings Bhd", type: nil),
        // The acronym after the run still names the cut body.
        Row(text: "The former CEO of Dalmora Industries Bhd (DIB) was charged. DIB shares fell.", name: "DIB", type: nil),
        // A place noun's title before "of": the place after it; a site's head word makes a site.
        Row(text: "The Village Head of Dunkar Maro said the well had dried up.", name: "Dunkar Maro", type: .place),
        Row(text: "The Imam of Kessera Central Mosque led the prayers.", name: "Imam of Kessera Central Mosque", type: nil),
        // "Member of Parliament for X" read from "Parliament": the seat.
        Row(text: "Dora Abena, the Member of Parliament for Tamsin, said the road was unsafe.", name: "Tamsin", type: .place),
        // A body whose name holds no title, or a title word before a body's head word, is left whole.
        Row(text: "The Riverside Arts Executive Committees Council met on Friday.", name: "Riverside Arts Executive Committees Council", type: .agency),
        Row(text: "The Office of the Auditor-General released its report on Tuesday.", name: "Office of the Auditor-General", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
