import Testing

@testable import LedeExtract

/// Entities round sixteen: unlisted names and acronyms typed right (places by a compass phrase,
/// state abbreviations, a role glued before a person, a possessive place before a body, a leader
/// before "government", storms). Every sentence is written for the test.
@Suite struct Entities12RuleTests {
    typealias Row = EntityRuleRow

    static let rows: [Row] = [
        // A lone unlisted name after "south of", or before ", north of", is a place.
        Row(text: "Crews were sent to Tallowby, north of Brenford, on Tuesday.", name: "Tallowby", type: .place),
        Row(text: "Crews were sent to Tallowby, north of Brenford, on Tuesday.", name: "Brenford", type: .place),
        Row(text: "The farm lies ten kilometres west of Quarrendale.", name: "Quarrendale", type: .place),
        // An Australian state's abbreviation is the state.
        Row(text: "Farmers across NSW are waiting for rain.", name: "New South Wales", type: .place),
        Row(text: "Flooding closed roads in Qld and the north.", name: "Queensland", type: .place),
        // A body, a capitalised title, then a personal name: the body, then the person.
        Row(text: "Harbour Rescue Service Inspector Maria Costa said the boat sank.", name: "Maria Costa", type: .person),
        Row(text: "Harbour Rescue Service Inspector Maria Costa said the boat sank.", name: "Harbour Rescue Service", type: .agency),
        Row(text: "Valley Police Department Constable Tom Reid found the car.", name: "Tom Reid", type: .person),
        // A strong head word right before two unlisted names: the body, then the person.
        Row(text: "The head of the Presidential Office Oleksiy Brovenko met the envoy.", name: "Oleksiy Brovenko", type: .person),
        // A listed place and a possessive opening a body's name: the place, then the body.
        Row(text: "Figures from the UK's Office for Road Safety showed a fall.", name: "Office for Road Safety", type: .agency),
        Row(text: "Figures from the UK's Office for Road Safety showed a fall.", name: "United Kingdom", type: .place),
        // "the <leader> government": the leader is a person.
        Row(text: "Unions criticised the Mark Dalton government over wages.", name: "Mark Dalton", type: .person),
        // A named storm is no entity.
        Row(text: "Residents fled ahead of Hurricane Merrin on Sunday.", name: "Hurricane Merrin", type: nil),
        Row(text: "Typhoon Kalani struck the coast overnight.", name: "Typhoon Kalani", type: nil),
        // Not storms: a body whose name opens with "Storm" and ends in a head.
        Row(text: "The Storm Prediction Center issued a warning.", name: "Storm Prediction Center", type: .agency),
        // An honorific that is part of a person's name opens it.
        Row(text: "The party counts on its old ally, Sheikh Farouk, to win the seat.", name: "Sheikh Farouk", type: .person),
        Row(text: "Mullah Baradar Haqqani spoke to reporters.", name: "Mullah Baradar Haqqani", type: .person),
        // A chamber and a party's member word: the chamber, then the party.
        Row(text: "Jo Lind, the top Senate Democrat on the panel, objected.", name: "Senate", type: .agency),
        Row(text: "Jo Lind, the top Senate Democrat on the panel, objected.", name: "Democratic Party", type: .agency),
        // The last two items of a list of places, joined by "and": two places.
        Row(text: "Schools shut in Madrid, Lisbon, Tarvale and Union on Friday.", name: "Tarvale", type: .place),
        Row(text: "Schools shut in Madrid, Lisbon, Tarvale and Union on Friday.", name: "Union", type: .place),
        // Country acronyms.
        Row(text: "Asylum seekers held in PNG will be moved.", name: "Papua New Guinea", type: .place),
        Row(text: "Flights to the UAE resumed.", name: "United Arab Emirates", type: .place),
        // Finance and technology terms in capitals are no bodies.
        Row(text: "The firm reported EPS of $1.10 in the quarter.", name: "EPS", type: nil),
        Row(text: "Jobs in health, ICT and tourism grew.", name: "ICT", type: nil),
        // A multi-word title before a name is no body.
        Row(text: "Chief Cabinet Secretary Taro Kinoshi told reporters on Monday.", name: "Chief Cabinet", type: nil),
        Row(text: "Chief Cabinet Secretary Taro Kinoshi told reporters on Monday.", name: "Taro Kinoshi", type: .person),
        Row(text: "The order told Adj. Gen. Mark Tolley to call up the guard.", name: "Adj", type: nil),
        // A head word and "for" keep an adjective before them in the name.
        Row(text: "Talks with the International Organisation for Seafarers went on.", name: "International Organisation for Seafarers", type: .agency),
        Row(text: "Data from the National Centre for Soil Studies was cited.", name: "National Centre for Soil Studies", type: .agency),
        // After "in", a compass word and an unlisted name are one place.
        Row(text: "The meeting was held in Lower Marandu on Friday.", name: "Lower Marandu", type: .place),
        // A lake or mountain word opening a two-word run after a preposition: a place.
        Row(text: "The fire started on the edge of Lake Ardley overnight.", name: "Lake Ardley", type: .place),
        Row(text: "Climbers were stranded near Mount Kerran on Sunday.", name: "Mount Kerran", type: .place),
        // "the Coalition" mid-sentence is a named alliance of parties; a listed party by its short name.
        Row(text: "Figures from the Coalition and One Nation spoke at the rally.", name: "Coalition", type: .agency),
        Row(text: "Figures from the Coalition and One Nation spoke at the rally.", name: "One Nation", type: .agency),
    ]

    @Test(arguments: rows) func classifies(row: Row) {
        row.check()
    }
}
