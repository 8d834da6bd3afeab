import Testing

@testable import LedeExtract

/// Entities round forty-five (entities45): a place's body named with a lower-case head
/// (`BodiesOfPlaces45.swift`). Every sentence is written for the test.
@Suite struct Entities45RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A place's police, council or school district acting is the body.
        Row(text: "A cyclist was hurt near the ring road on Friday, Leeds police say.", name: "Leeds police", type: .agency),
        Row(text: "The Denver police on Monday arrested two men after the robbery.", name: "Denver police", type: .agency),
        Row(text: "Glasgow council will cut the bus subsidy from April.", name: "Glasgow council", type: .agency),
        Row(text: "Omaha school district leaders approved the new calendar.", name: "Omaha school district", type: .agency),
        Row(text: "The man appeared before Leeds district court on Monday.", name: "Leeds district court", type: .agency),
        // A site after the head: the place stays a place, no body.
        // Since round fifty-seven a role noun after "police" shows the force (final22, final24 rule 14).
        Row(text: "The Leeds police chief spoke to reporters on Friday.", name: "Leeds police", type: .agency),
        Row(text: "The man was taken to a Leeds police station for questioning.", name: "Leeds police", type: nil),
        // "The city of X" acting is the city's government; the city as a site stays a place.
        Row(text: "The city of Denver opened six cooling centres on Tuesday.", name: "city of Denver", type: .agency),
        Row(text: "City of Omaha officials are asking residents to save water.", name: "City of Omaha", type: .agency),
        Row(text: "Three fires broke out in the city of Denver on Tuesday.", name: "Denver", type: .place),
        Row(text: "Staff said the city of Denver's Parks Department will run the pools.", name: "city of Denver", type: nil),
        // A building named as a site is a place; acting it stays the body.
        Row(text: "Protesters gathered outside Harwick House on Monday.", name: "Harwick House", type: .place),
        Row(text: "The lorry crashed into the side gates of Harwick House before dawn.", name: "Harwick House", type: .place),
        Row(text: "The van drove on to the Marlow Buildings where it stopped.", name: "Marlow Buildings", type: .place),
        Row(text: "Harwick House said the event would go ahead.", name: "Harwick House", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
